"""Comments written at the same time (PostgreSQL): comments on one consultation do
not wait for each other, a change of the consultation waits for them (and they
for it), and one person's same comment sent twice at once is stored once."""

import threading

import pytest
from django.conf import settings
from django.db import OperationalError, connection, connections, transaction

from consultations import services
from consultations.models import Comment, Consultation
from consultations.services.common import lock_source
from tests.factories import ConsultationFactory, ContributionFactory, UserFactory
from tests.fixtures.concurrency import run_together

pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="needs PostgreSQL (set DATABASE_URL=postgres://...)",
    ),
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def locale(transactional_db):
    """A transactional test starts from an empty database: only the locale needed."""
    from wagtail.models import Locale

    return Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)[0]


@pytest.fixture
def consultation(locale):
    return ConsultationFactory()


def lock_timeout(seconds: float) -> None:
    with connection.cursor() as cursor:
        cursor.execute(f"SET LOCAL lock_timeout = '{int(seconds * 1000)}ms'")


class Holding(threading.Thread):
    """Runs ``work`` in a transaction of its own and keeps it open (its locks
    held) until ``release`` is set."""

    def __init__(self, work):
        super().__init__(daemon=True)
        self.work, self.ready, self.release = work, threading.Event(), threading.Event()
        self.error = None

    def run(self):
        try:
            with transaction.atomic():
                self.work()
                self.ready.set()
                self.release.wait(10)
        except Exception as exc:  # noqa: BLE001 - the test reads it
            self.error = exc
        finally:
            self.ready.set()
            connections.close_all()

    def __enter__(self):
        self.start()
        assert self.ready.wait(10)
        assert self.error is None, self.error
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.join(10)


def test_comments_of_two_people_on_one_consultation_do_not_wait(consultation):
    first, second = ContributionFactory.create_batch(2, consultation=consultation)
    alice, bob = UserFactory.create_batch(2)
    writing = Holding(
        lambda: services.comment_create(user=alice, body="Premier", contribution=first)
    )
    with writing, transaction.atomic():
        lock_timeout(2)  # waiting for Alice's commit would fail here
        comment = services.comment_create(user=bob, body="Second", contribution=second)
    assert comment.pk and not comment.duplicate
    assert Comment.objects.count() == 2


def test_closing_the_consultation_waits_for_a_comment_being_written(consultation):
    contribution = ContributionFactory(consultation=consultation)
    alice = UserFactory()
    writing = Holding(
        lambda: services.comment_create(
            user=alice, body="Premier", contribution=contribution
        )
    )
    with writing, pytest.raises(OperationalError), transaction.atomic():
        lock_timeout(0.3)
        lock_source(consultation)  # what closing it takes first


def test_a_comment_waits_for_the_consultation_being_closed(consultation):
    contribution = ContributionFactory(consultation=consultation)
    alice = UserFactory()

    def close():
        lock_source(consultation)
        Consultation.objects.filter(pk=consultation.pk).update(comments_open=False)

    closing = Holding(close)
    with closing:
        threading.Timer(0.3, closing.release.set).start()
        with pytest.raises(services.CommentsClosed):
            services.comment_create(
                user=alice, body="Trop tard", contribution=contribution
            )
    assert not Comment.objects.exists()


def test_one_persons_same_comment_sent_at_once_is_stored_once(consultation):
    contribution = ContributionFactory(consultation=consultation)
    alice = UserFactory()
    workers = 6
    comments, errors = run_together(
        [
            lambda: services.comment_create(
                user=alice, body="Le même texte", contribution=contribution
            )
        ]
        * workers
    )
    assert errors == []
    duplicates = [comment.duplicate for comment in comments]
    assert sorted(duplicates) == [False] + [True] * (workers - 1)
    assert Comment.objects.filter(author=alice).count() == 1
