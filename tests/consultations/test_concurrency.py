"""One support per person per contribution, even under simultaneous requests."""

import threading

import pytest
from django.conf import settings
from django.db import connection, connections

from consultations import services
from consultations.models import Support
from tests.factories import ConsultationFactory, ContributionFactory, UserFactory

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
    barrier = threading.Barrier(workers)
    outcomes = []

    def support():
        try:
            barrier.wait()
            services.support_add(user=supporter, contribution=contribution)
            outcomes.append("ok")
        except services.AlreadySupported:
            outcomes.append("already")
        finally:
            connections.close_all()

    threads = [threading.Thread(target=support) for _i in range(workers)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count("ok") == 1
    assert outcomes.count("already") == workers - 1
    assert Support.objects.filter(contribution=contribution).count() == 1
    assert connection.vendor == "postgresql"


@pytest.mark.django_db(transaction=True)
def test_simultaneous_supports_by_different_people_all_count(locale):
    contribution = ContributionFactory(consultation=ConsultationFactory())
    supporters = UserFactory.create_batch(6)
    barrier = threading.Barrier(len(supporters))

    def support(user):
        try:
            barrier.wait()
            services.support_add(user=user, contribution=contribution)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=support, args=(u,)) for u in supporters]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert Support.objects.filter(contribution=contribution).count() == 6
