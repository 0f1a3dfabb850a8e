import datetime

import factory
from django.utils import timezone

from consultations.models import (
    Comment,
    Consultation,
    Contribution,
    ContributionKind,
    ContributionStatus,
)
from consultations.text import text_hash

from .accounts import UserFactory


class ConsultationFactory(factory.django.DjangoModelFactory):
    """An open consultation (opened yesterday, closes in a month)."""

    class Meta:
        model = Consultation
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Consultation {n}")
    slug = factory.Sequence(lambda n: f"consultation-{n}")
    summary = "A consultation on open government."
    text = "<p>Read and contribute.</p>"
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyFunction(
        lambda: timezone.now() + datetime.timedelta(days=30)
    )
    moderation_mode = "before"
    allow_anonymous = True
    comments_open = True

    class Params:
        closed = factory.Trait(
            opens_at=factory.LazyFunction(
                lambda: timezone.now() - datetime.timedelta(days=40)
            ),
            closes_at=factory.LazyFunction(
                lambda: timezone.now() - datetime.timedelta(days=1)
            ),
        )
        upcoming = factory.Trait(
            opens_at=factory.LazyFunction(
                lambda: timezone.now() + datetime.timedelta(days=3)
            ),
            closes_at=factory.LazyFunction(
                lambda: timezone.now() + datetime.timedelta(days=30)
            ),
        )


class ContributionFactory(factory.django.DjangoModelFactory):
    """A published proposal by a registered citizen."""

    class Meta:
        model = Contribution

    consultation = factory.SubFactory(ConsultationFactory)
    reference = factory.Sequence(lambda n: f"CP-2026-T{n:05d}")
    kind = ContributionKind.PROPOSAL
    title = factory.Sequence(lambda n: f"Proposal {n}")
    body = "Publish the budget data in an open format every quarter."
    language = "fr"
    region = "rabat_sale_kenitra"
    status = ContributionStatus.PUBLISHED
    author = factory.SubFactory(UserFactory)
    body_hash = factory.LazyAttribute(lambda o: text_hash(o.title, o.body))
    submitted_at = factory.LazyFunction(timezone.now)
    published_at = factory.LazyFunction(timezone.now)
    email_verified_at = factory.LazyFunction(timezone.now)


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    contribution = factory.SubFactory(ContributionFactory)
    consultation = None
    author = factory.SubFactory(UserFactory)
    body = "I agree with this."
