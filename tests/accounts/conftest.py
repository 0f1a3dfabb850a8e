"""Fixtures for the account flows: mail sent by tasks after commit, clean limits."""

import re

import pytest


@pytest.fixture
def mailbox(settings, django_capture_on_commit_callbacks):
    """Django's locmem outbox, with emails queued on commit actually sent.

    allauth's emails go through ``core.emails.send_email_task`` once the transaction
    commits; tests run inside one, so the callbacks are run explicitly.
    """
    from django.core import mail

    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    mail.outbox = []

    class Mailbox:
        outbox = mail.outbox

        def capture(self):
            return django_capture_on_commit_callbacks(execute=True)

        def links(self, message):
            return re.findall(r"https?://\S+", message.body)

    return Mailbox()
