"""Idempotency-Key, kept in the database with the write (core/antiabuse.py).

A retry reaches any process (the cache is cleared between requests here, as
another worker's would be empty), after a worker died right after the commit, or
at the same time as the first request; the write is done once.
"""

import datetime
import threading
import time

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection, connections
from django.utils import timezone
from rest_framework.renderers import JSONRenderer
from rest_framework.test import APIClient

from core.models import IdempotencyKey
from events import services
from events.models import Registration
from tests.factories import EventFactory, UserFactory
from tests.fixtures.challenge import with_altcha


def _client(user=None):
    client = APIClient()
    if user is not None:
        client.force_authenticate(user)
    return client


def _register(client, event, key, **extra):
    return client.post(
        "/api/registrations/",
        {"event": event.pk, **extra},
        format="json",
        HTTP_IDEMPOTENCY_KEY=key,
    )


@pytest.mark.django_db
def test_a_retry_reaching_another_process_gets_the_first_answer(event, citizen):
    client = _client(citizen)
    first = _register(client, event, "k-1")
    assert first.status_code == 201
    cache.clear()  # another worker: nothing of the first request in its cache
    again = _register(client, event, "k-1")
    assert again.status_code == 201
    assert again.json() == first.json()
    assert again["Idempotent-Replayed"] == "true"
    assert Registration.objects.filter(event=event).count() == 1
    assert IdempotencyKey.objects.get().status_code == 201


@pytest.mark.django_db
def test_a_retry_after_the_worker_died_right_after_the_commit_gets_the_answer(
    event, citizen, monkeypatch
):
    render = JSONRenderer.render

    def die_once(self, data, media_type=None, renderer_context=None):
        if not renderer_context:  # the test client encoding the request body
            return render(self, data, media_type, renderer_context)
        monkeypatch.setattr(JSONRenderer, "render", render)
        raise SystemExit("worker killed after the commit, before answering")

    monkeypatch.setattr(JSONRenderer, "render", die_once)
    client = _client(citizen)
    with pytest.raises(SystemExit):
        _register(client, event, "k-crash")
    # The client never heard the answer; the write and its key were committed.
    assert Registration.objects.filter(event=event).count() == 1
    cache.clear()
    again = _register(client, event, "k-crash")
    assert again.status_code == 201
    assert again["Idempotent-Replayed"] == "true"
    assert again.json()["event"] == event.pk
    assert Registration.objects.filter(event=event).count() == 1


@pytest.mark.django_db
def test_a_write_that_failed_leaves_no_key_and_a_retry_does_it(
    event, citizen, monkeypatch
):
    real = services.registration_create

    def fails_after_writing(**kwargs):
        real(**kwargs)
        raise RuntimeError("worker died before the commit")

    monkeypatch.setattr(services, "registration_create", fails_after_writing)
    client = _client(citizen)
    with pytest.raises(RuntimeError):
        _register(client, event, "k-2")
    assert not Registration.objects.filter(event=event).exists()
    assert not IdempotencyKey.objects.exists()
    monkeypatch.setattr(services, "registration_create", real)
    again = _register(client, event, "k-2")
    assert again.status_code == 201
    assert "Idempotent-Replayed" not in again
    assert Registration.objects.filter(event=event).count() == 1


@pytest.mark.django_db
def test_the_same_key_with_another_body_answers_422_from_any_process(citizen):
    one, two = EventFactory(), EventFactory()
    client = _client(citizen)
    assert _register(client, one, "k-3").status_code == 201
    cache.clear()
    again = _register(client, two, "k-3")
    assert again.status_code == 422
    assert again.json()["code"] == "idempotency_key_reused"
    assert not Registration.objects.filter(event=two).exists()


@pytest.mark.django_db
def test_keys_belong_to_their_caller(event, citizen, other_citizen):
    assert _register(_client(citizen), event, "shared").status_code == 201
    other = _register(_client(other_citizen), event, "shared")
    assert other.status_code == 201
    assert "Idempotent-Replayed" not in other
    assert Registration.objects.filter(event=event).count() == 2


@pytest.mark.django_db
def test_an_anonymous_retry_needs_no_new_proof_of_work(event):
    client = _client()
    data = with_altcha(client, {"name": "Salma", "email": "salma@example.org"})
    first = _register(client, event, "anon-1", **data)
    assert first.status_code == 201, first.content
    again = _register(client, event, "anon-1", **data)  # the same, used, solution
    assert again.status_code == 201
    assert again["Idempotent-Replayed"] == "true"
    assert Registration.objects.filter(event=event).count() == 1


@pytest.mark.django_db
def test_keys_older_than_a_day_are_pruned(event, citizen):
    client = _client(citizen)
    other = EventFactory()
    _register(client, event, "old")
    _register(client, other, "new")
    IdempotencyKey.objects.filter(
        pk=IdempotencyKey.objects.order_by("pk")[0].pk
    ).update(created_at=timezone.now() - datetime.timedelta(hours=25))
    call_command("prune_antiabuse", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert IdempotencyKey.objects.count() == 1
    # The pruned key is free again: a request with it is not a replay.
    assert "Idempotent-Replayed" not in _register(client, event, "old")
    assert _register(client, other, "new")["Idempotent-Replayed"] == "true"


@pytest.mark.postgres
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
@pytest.mark.usefixtures("_flush_with_cascade")
@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="needs PostgreSQL: two real connections at once (SQLite here is in memory)",
)
def test_two_requests_with_one_key_at_once_make_one_write(monkeypatch):
    event = EventFactory(capacity=5)
    person = UserFactory()
    real = services.registration_create

    def slow(**kwargs):
        time.sleep(0.5)  # the second request arrives while the first is writing
        return real(**kwargs)

    monkeypatch.setattr(services, "registration_create", slow)
    barrier = threading.Barrier(2)
    answers, errors = [], []

    def request():
        try:
            barrier.wait(timeout=10)
            answers.append(_register(_client(person), event, "race"))
        except Exception as error:  # noqa: BLE001 - collected for the assertion
            errors.append(error)
        finally:
            connections.close_all()

    threads = [threading.Thread(target=request) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    assert errors == []
    assert Registration.objects.filter(event=event).count() == 1
    # The second waited for the first's transaction and got its answer (not the
    # service's "already registered", which a second write would have met).
    assert [a.status_code for a in answers] == [201, 201]
    assert answers[0].json() == answers[1].json()
    assert sum(a.has_header("Idempotent-Replayed") for a in answers) == 1
