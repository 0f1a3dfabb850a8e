"""The last seats under concurrent requests, on PostgreSQL (row locking)."""

import pytest
from django.db import connection

from events import services
from events.models import Registration, RegistrationStatus
from tests.factories import EventFactory, UserFactory
from tests.fixtures.concurrency import run_together

pytestmark = [
    pytest.mark.postgres,
    # A real (transactional) database, restored after each test like the browser
    # tests' (serialized rollback), so that the tests after these find it intact.
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("_flush_with_cascade"),
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="needs PostgreSQL (DATABASE_URL=postgres://...) for row locking",
    ),
]


def test_twenty_people_racing_for_the_last_three_seats_never_overbook():
    event = EventFactory(capacity=5)
    for _ in range(2):
        services.registration_create(event=event, user=UserFactory())
    people = [UserFactory() for _ in range(20)]
    results, errors = run_together(
        [
            (lambda p=p: services.registration_create(event=event, user=p))
            for p in people
        ]
    )
    assert errors == []
    assert Registration.objects.filter(event=event, status="confirmed").count() == 5
    waiting = Registration.objects.waiting().filter(event=event)
    assert waiting.count() == 17
    # The line is strictly ordered: no two people share a position.
    assert len({r.waiting_position for r in waiting}) == 17


def test_simultaneous_cancellations_promote_exactly_as_many_waiting_people():
    event = EventFactory(capacity=4)
    seated = [
        services.registration_create(event=event, user=UserFactory()) for _ in range(4)
    ]
    waiting = [
        services.registration_create(event=event, user=UserFactory()) for _ in range(6)
    ]
    assert all(r.status == RegistrationStatus.WAITING for r in waiting)
    newcomers = [UserFactory() for _ in range(4)]
    results, errors = run_together(
        [(lambda r=r: services.registration_cancel(registration=r)) for r in seated[:3]]
        + [
            (lambda p=p: services.registration_create(event=event, user=p))
            for p in newcomers
        ]
    )
    assert errors == []
    confirmed = Registration.objects.filter(event=event, status="confirmed")
    assert confirmed.count() == 4
    # The first three in line got the freed seats, not the newcomers.
    promoted = {r.pk for r in waiting[:3]}
    assert promoted <= set(confirmed.values_list("pk", flat=True))
    assert not confirmed.filter(user__in=newcomers).exists()


def test_the_same_person_registering_twice_at_once_gets_one_registration():
    event = EventFactory(capacity=5)
    person = UserFactory()
    results, errors = run_together(
        [lambda: services.registration_create(event=event, user=person)] * 4
    )
    assert len(results) == 1
    assert all(isinstance(e, services.AlreadyRegistered) for e in errors)
    assert Registration.objects.filter(event=event, user=person).count() == 1
