"""Factories of calls for applications: a call with article 4's grid, its
committee, applications and scores."""

import datetime

import factory
from django.utils import timezone

from calls.models import (
    Application,
    ApplicationStatus,
    Call,
    CommitteeMember,
    CommitteeRole,
    Criterion,
    RequiredDocument,
)

from .accounts import UserFactory
from .governance import BodyFactory
from .working_groups import OrganisationFactory

GRID = [20, 15, 5, 20, 20, 20]


class CallFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Call
        skip_postgeneration_save = True

    slug = factory.Sequence(lambda n: f"call-{n}")
    title_ar = factory.Sequence(lambda n: f"طلب ترشيح {n}")
    title_fr = factory.Sequence(lambda n: f"Appel à candidature {n}")
    body = factory.SubFactory(BodyFactory)
    seats = 2
    term_start = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=60)
    )
    term_end = factory.LazyFunction(
        lambda: timezone.localdate() + datetime.timedelta(days=60 + 3 * 365)
    )
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=20)
    )
    is_published = True

    @factory.post_generation
    def grid(obj, create, extracted, **kwargs):
        if not create:
            return
        for position, points in enumerate(GRID if extracted is None else extracted):
            Criterion.objects.create(
                call=obj,
                sort_order=position,
                max_points=points,
                label_ar=f"معيار {position + 1}",
                label_fr=f"Critère {position + 1}",
            )

    @factory.post_generation
    def documents(obj, create, extracted, **kwargs):
        if not create:
            return
        for position, label in enumerate(
            ["Récépissé", "Rapport"] if extracted is None else extracted
        ):
            RequiredDocument.objects.create(
                call=obj, sort_order=position, label_ar=label, label_fr=label
            )


class CommitteeMemberFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CommitteeMember

    call = factory.SubFactory(CallFactory)
    user = factory.SubFactory(UserFactory)
    role = CommitteeRole.UNIVERSITY
    name_fr = factory.Sequence(lambda n: f"Membre du comité {n}")


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application

    call = factory.SubFactory(CallFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    status = ApplicationStatus.COMPLETE
    reference = factory.Sequence(lambda n: f"2026-1-{n:05d}")
    experience = "Dix ans d'expérience."
    programme = "Un programme de travail."
    submitted_at = factory.LazyFunction(timezone.now)
