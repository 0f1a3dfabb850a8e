"""One support per person per contribution, even under simultaneous requests."""

import pytest
from django.conf import settings
from django.db import connection

from consultations import services
from consultations.models import Support
from tests.factories import ConsultationFactory, ContributionFactory, UserFactory
from tests.fixtures.concurrency import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="needs PostgreSQL (set DATABASE_URL=postgres://...)",
    ),
]


@pytest.fixture
def locale(transactional_db):
    """A transactional test starts from an empty database: only the locale needed."""
    from wagtail.models import Locale

    return Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]


@pytest.mark.django_db(transaction=True)
def test_simultaneous_supports_by_one_person_store_one(locale):
    contribution = ContributionFactory(consultation=ConsultationFactory())
    supporter = UserFactory()
    workers = 8

    def support():
        try:
            services.support_add(user=supporter, contribution=contribution)
            return "ok"
        except services.AlreadySupported:
            return "already"

    outcomes, errors = run_together([support] * workers)
    assert errors == []
    assert outcomes.count("ok") == 1
    assert outcomes.count("already") == workers - 1
    assert Support.objects.filter(contribution=contribution).count() == 1
    assert connection.vendor == "postgresql"


@pytest.mark.django_db(transaction=True)
def test_simultaneous_supports_by_different_people_all_count(locale):
    contribution = ContributionFactory(consultation=ConsultationFactory())
    supporters = UserFactory.create_batch(6)
    _results, errors = run_together(
        [
            lambda user=user: services.support_add(user=user, contribution=contribution)
            for user in supporters
        ]
    )
    assert errors == []
    assert Support.objects.filter(contribution=contribution).count() == 6
