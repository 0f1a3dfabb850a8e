"""Background work: at once in the embedded mode, from a database queue otherwise."""

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from accounts.models import User
from core.emails import send_email_task


@pytest.fixture(autouse=True)
def _worker_keeps_the_test_connection(monkeypatch):
    """The worker closes connections that are inside a transaction, as the test's is.

    Harmless on SQLite in memory, fatal on PostgreSQL: keep it for real runs only.
    """
    from django_tasks_db.management.commands import db_worker

    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)


DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


def test_the_embedded_mode_runs_tasks_at_once(db, settings):
    settings.TASKS = IMMEDIATE
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    result = send_email_task.enqueue(to=["a@example.org"], subject="Hi", body="Body")
    assert result.status == "SUCCESSFUL"
    assert mail.outbox[-1].subject == "Hi"


def test_a_queued_task_waits_for_the_worker_and_the_worker_runs_it(db, settings):
    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []
    result = send_email_task.enqueue(to=["b@example.org"], subject="Queued", body="x")
    record = DBTaskResult.objects.get(pk=result.id)
    assert record.status == "READY"
    assert mail.outbox == []

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    record.refresh_from_db()
    assert record.status == "SUCCESSFUL"
    assert [message.subject for message in mail.outbox] == ["Queued"]


def test_a_failed_task_keeps_the_record_that_caused_it_and_the_error(
    homes, settings, client, django_capture_on_commit_callbacks
):
    """A sign-up whose email cannot be sent is kept; the task keeps the error."""
    settings.TASKS = DATABASE_QUEUE
    settings.EMAIL_BACKEND = "tests.ops.failing_email.DownEmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/fr/accounts/signup/",
            {
                "email": "kept@example.org",
                "password1": "Tr3s-secret",
                "password2": "Tr3s-secret",
            },
        )
    assert response.status_code == 302
    queued = DBTaskResult.objects.get()
    assert queued.args_kwargs["kwargs"]["to"] == ["kept@example.org"]

    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)

    queued.refresh_from_db()
    assert queued.status == "FAILED"
    assert queued.exception_class_path.endswith("BrokenServerError")
    assert "the mail server is down" in queued.traceback
    # The person's account is still there, and the message can be sent again.
    assert User.objects.filter(email="kept@example.org").exists()
    assert queued.args_kwargs["kwargs"]["subject"]


def test_in_the_embedded_mode_a_failing_email_does_not_undo_the_sign_up(
    homes, settings, client, django_capture_on_commit_callbacks
):
    settings.TASKS = IMMEDIATE
    settings.EMAIL_BACKEND = "tests.ops.failing_email.DownEmailBackend"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/fr/accounts/signup/",
            {
                "email": "still-here@example.org",
                "password1": "Tr3s-secret",
                "password2": "Tr3s-secret",
            },
        )
    assert response.status_code == 302
    assert User.objects.filter(email="still-here@example.org").exists()
