"""Factories of organisations, working groups, applications and memberships."""

import factory
from django.utils import timezone
from wagtail.models import Locale

from working_groups.models import (
    GroupKind,
    Membership,
    MembershipApplication,
    Organisation,
    Region,
    Representative,
    Theme,
    WorkingGroup,
)


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name_ar = factory.Sequence(lambda n: f"جمعية المواطنة {n}")
    name_fr = factory.Sequence(lambda n: f"Association Citoyenneté {n}")
    slug = factory.Sequence(lambda n: f"association-{n}")
    registration_number = factory.Sequence(lambda n: f"RC-{n:05d}")
    region = Region.RABAT_SALE_KENITRA
    province = "Rabat"
    presentation = "Une association qui promeut la participation citoyenne."
    contact_email = factory.Sequence(lambda n: f"contact{n}@asso.example")
    contact_phone = "+212600000000"
    verified = True
    verified_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def representatives(obj, create, extracted, **kwargs):
        if create and extracted:
            for user in extracted:
                Representative.objects.create(organisation=obj, user=user)


class WorkingGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = WorkingGroup
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Groupe transparence {n}")
    slug = factory.Sequence(lambda n: f"groupe-{n}")
    kind = GroupKind.THEMATIC
    theme = Theme.TRANSPARENCY
    summary = "Un groupe de travail."
    description = "Description du groupe."
    is_open = True
    locale = factory.LazyFunction(
        lambda: Locale.objects.get_or_create(language_code="fr")[0]
    )

    @factory.post_generation
    def coordinators(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.coordinators.set(extracted)


class MembershipApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MembershipApplication

    organisation = factory.SubFactory(OrganisationFactory)
    group = factory.SubFactory(WorkingGroupFactory)
    motivation = "Nous voulons contribuer."


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    organisation = factory.SubFactory(OrganisationFactory)
    group = factory.SubFactory(WorkingGroupFactory)
