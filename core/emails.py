"""Outgoing email, rendered in the recipient's language and sent by a background task.

Services call ``send_email`` inside their transaction; the message is rendered at
once (so the task's arguments are plain JSON) and queued when the transaction
commits. A failed send never rolls back, nor loses, the record that caused it: the
task result keeps the error, and the database queue retries it.
"""

import logging
from collections.abc import Sequence

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation
from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def send_email_task(
    *,
    to: list[str],
    subject: str,
    body: str,
    html: str = "",
    attachments: Sequence[dict] = (),
    reply_to: Sequence[str] = (),
) -> int:
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        reply_to=list(reply_to) or None,
    )
    if html:
        message.attach_alternative(html, "text/html")
    for attachment in attachments:
        message.attach(
            attachment["filename"], attachment["content"], attachment["mimetype"]
        )
    return message.send()


def render_email(
    template: str, context: dict, *, language: str | None = None
) -> tuple[str, str, str]:
    """Render ``<template>_subject.txt``, ``<template>.txt`` and, if any, ``.html``."""
    with translation.override(language or settings.LANGUAGE_CODE):
        subject = render_to_string(f"{template}_subject.txt", context)
        subject = settings.ACCOUNT_EMAIL_SUBJECT_PREFIX + " ".join(subject.split())
        body = render_to_string(f"{template}.txt", context)
        try:
            html = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:  # the HTML part is optional
            html = ""
    return subject, body, html


def send_email(
    *,
    to: str | Sequence[str],
    template: str,
    context: dict,
    language: str | None = None,
    attachments: Sequence[dict] = (),
) -> None:
    """Queue an email for after the current transaction commits.

    ``attachments`` are dicts with ``filename``, ``content`` (str) and ``mimetype``,
    e.g. an ``.ics`` invitation.
    """
    recipients = [to] if isinstance(to, str) else list(to)
    subject, body, html = render_email(template, context, language=language)

    def enqueue():
        try:
            send_email_task.enqueue(
                to=recipients,
                subject=subject,
                body=body,
                html=html,
                attachments=list(attachments),
            )
        except Exception:  # noqa: BLE001 - the record is saved; the failure is logged
            logger.exception("Could not queue an email to %s", recipients)

    transaction.on_commit(enqueue)
