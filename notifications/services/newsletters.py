"""Newsletters: subscribing with double opt-in, unsubscribing in one click, and a
throttled, resumable mailing (one delivery row per subscriber)."""

import logging
import time

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.core.validators import validate_email
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core import activity
from core.antiabuse import rate_limit
from core.emails import render_email, send_email
from core.errors import DomainError, Forbidden
from core.links import absolute_url
from core.tokens import InvalidToken, make_token, read_token

from ..models import (
    Delivery,
    DeliveryStatus,
    Newsletter,
    Sending,
    SendingStatus,
    Subscriber,
)
from ..models.newsletters import LANGUAGES

logger = logging.getLogger(__name__)

CONFIRM = "newsletter.confirm"
CONFIRM_MAX_AGE = 60 * 60 * 24 * 7
UNSUBSCRIBE = "newsletter.unsubscribe"
UNSUBSCRIBE_MAX_AGE = 60 * 60 * 24 * 365 * 2
SUBSCRIPTIONS_PER_IP = (10, 60 * 60)
BATCH = 100
MAX_ATTEMPTS = 3


def _url(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return absolute_url(reverse(name, kwargs=kwargs))


def subscriber_subscribe(*, email: str, language: str, ip: str) -> Subscriber:
    """Ask for the newsletter: a confirmation link goes to the address.

    The answer is the same whether the address was known or not.
    """
    email = (email or "").strip().lower()
    errors = {}
    try:
        validate_email(email)
    except ValidationError:
        errors["email"] = [_("Enter a valid email address.")]
    if language not in dict(LANGUAGES):
        errors["language"] = [_("Choose a language from the list.")]
    if errors:
        raise ValidationError(errors)
    limit, period = SUBSCRIPTIONS_PER_IP
    rate_limit("newsletter:ip", ip or "-", limit=limit, period=period)
    with transaction.atomic():
        subscriber, _created = Subscriber.objects.get_or_create(
            email=email, defaults={"language": language}
        )
        if subscriber.is_active and subscriber.language == language:
            return subscriber
        token = make_token(CONFIRM, f"{subscriber.pk}:{language}")
        send_email(
            to=email,
            template="notifications/emails/newsletter_confirm",
            context={"url": _url("newsletter_confirm", language, token=token)},
            language=language,
        )
    return subscriber


@transaction.atomic
def subscriber_confirm(*, token: str) -> Subscriber:
    """The second step of the opt-in: the address is confirmed, in its language."""
    value = read_token(token, CONFIRM, max_age_seconds=CONFIRM_MAX_AGE)
    pk, _sep, language = value.partition(":")
    subscriber = Subscriber.objects.select_for_update().filter(pk=pk).first()
    if subscriber is None or language not in dict(LANGUAGES):
        raise InvalidToken()
    if not subscriber.is_active or subscriber.language != language:
        subscriber.confirmed_at = timezone.now()
        subscriber.unsubscribed_at = None
        subscriber.language = language
        subscriber.save()
    return subscriber


def unsubscribe_url(subscriber: Subscriber) -> str:
    token = make_token(UNSUBSCRIBE, subscriber.pk)
    return _url("newsletter_unsubscribe", subscriber.language, token=token)


@transaction.atomic
def subscriber_unsubscribe(*, token: str) -> Subscriber:
    pk = read_token(token, UNSUBSCRIBE, max_age_seconds=UNSUBSCRIBE_MAX_AGE)
    subscriber = Subscriber.objects.select_for_update().filter(pk=pk).first()
    if subscriber is None:
        raise InvalidToken()
    if subscriber.unsubscribed_at is None:
        subscriber.unsubscribed_at = timezone.now()
        subscriber.save(update_fields=["unsubscribed_at"])
    return subscriber


def _items(newsletter: Newsletter, language: str) -> list[dict]:
    """The chosen news, consultations and events, each in the newsletter's language."""
    items = []
    with translation.override(language):
        for block in newsletter.content:
            value = block.value
            if value is None:
                continue
            if block.block_type == "text":
                items.append({"kind": "text", "html": value})
                continue
            if block.block_type == "news":
                page = value.specific
                page = page.get_translation_or_none(newsletter.locale) or page
                title, summary = page.title, getattr(page, "search_description", "")
                url = page.full_url or absolute_url(page.url or "/")
            else:
                row = activity.localized(value)
                title = row.title
                summary = getattr(row, "summary", "")
                url = absolute_url(activity.url_in(row, language))
            items.append(
                {
                    "kind": block.block_type,
                    "title": title,
                    "summary": summary,
                    "url": url,
                    "start": getattr(value, "start", None),
                }
            )
    return items


def newsletter_render(*, newsletter: Newsletter, unsubscribe: str = "") -> tuple:
    """The newsletter's ``(subject, text, html)``, in its own language."""
    language = newsletter.locale.language_code
    context = {
        "newsletter": newsletter,
        "items": _items(newsletter, language),
        "unsubscribe_url": unsubscribe,
        "language": language,
    }
    return render_email("notifications/emails/newsletter", context, language=language)


def _message(newsletter, to: str, unsubscribe: str) -> EmailMultiAlternatives:
    subject, body, html = newsletter_render(
        newsletter=newsletter, unsubscribe=unsubscribe
    )
    headers = {}
    if unsubscribe:
        headers = {
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[to],
        headers=headers,
    )
    message.attach_alternative(html, "text/html")
    return message


def newsletter_test_send(*, newsletter: Newsletter, by) -> str:
    """Send the newsletter to the editor's own address; the address."""
    if not by.has_perm("notifications.manage_newsletters"):
        raise Forbidden(_("Only editors send newsletters."))
    _message(newsletter, by.email, "").send()
    return by.email


@transaction.atomic
def sending_start(*, newsletter: Newsletter, by) -> Sending:
    """Queue the mailing of this newsletter to the subscribers of its language."""
    if not by.has_perm("notifications.manage_newsletters"):
        raise Forbidden(_("Only editors send newsletters."))
    newsletter = Newsletter.objects.select_for_update().get(pk=newsletter.pk)
    if newsletter.sendings.exists():
        raise DomainError(_("This newsletter was already sent in this language."))
    language = newsletter.locale.language_code
    sending = Sending.objects.create(
        newsletter=newsletter, language=language, created_by=by
    )
    subscribers = Subscriber.objects.filter(
        language=language, confirmed_at__isnull=False, unsubscribed_at__isnull=True
    )
    Delivery.objects.bulk_create(
        [Delivery(sending=sending, subscriber=s) for s in subscribers.order_by("pk")]
    )

    def enqueue():
        from ..tasks import send_newsletter

        try:
            send_newsletter.enqueue(sending_id=sending.pk)
        except Exception:  # noqa: BLE001 - resumed by the command
            logger.exception("Could not queue newsletter mailing %s", sending.pk)

    transaction.on_commit(enqueue)
    return sending


def _pause() -> float:
    per_minute = getattr(settings, "NEWSLETTER_PER_MINUTE", 120)
    return 60 / per_minute if per_minute else 0


def _deliver(delivery_id: int, newsletter: Newsletter) -> str | None:
    """Send one delivery (locked, so two workers never send it twice)."""
    with transaction.atomic():
        delivery = (
            Delivery.objects.select_for_update(skip_locked=True, of=("self",))
            .select_related("subscriber")
            .filter(pk=delivery_id, status=DeliveryStatus.PENDING)
            .first()
        )
        if delivery is None:
            return None
        subscriber = delivery.subscriber
        if subscriber is None or not subscriber.is_active:
            delivery.status = DeliveryStatus.UNSUBSCRIBED
            delivery.save(update_fields=["status"])
            return delivery.status
        try:
            _message(newsletter, subscriber.email, unsubscribe_url(subscriber)).send()
        except Exception as exc:  # noqa: BLE001 - counted, tried again
            delivery.attempts += 1
            delivery.error = str(exc)[:200]
            if delivery.attempts >= MAX_ATTEMPTS:
                delivery.status = DeliveryStatus.FAILED
            delivery.save(update_fields=["attempts", "error", "status"])
            return "error"
        delivery.status = DeliveryStatus.SENT
        delivery.sent_at = timezone.now()
        delivery.save(update_fields=["status", "sent_at"])
        return delivery.status


def sending_run(
    *, sending_id: int, limit: int = BATCH, sleep=time.sleep, progress=None
) -> dict:
    """Send the next ``limit`` waiting deliveries, ``NEWSLETTER_PER_MINUTE`` at
    most; safe to stop and run again. Returns the counts."""
    from ..queries import sending_counts

    sending = Sending.objects.select_related("newsletter__locale").get(pk=sending_id)
    if sending.status == SendingStatus.QUEUED:
        Sending.objects.filter(pk=sending.pk).update(status=SendingStatus.SENDING)
    pause = _pause()
    ids = list(
        sending.deliveries.filter(status=DeliveryStatus.PENDING)
        .order_by("attempts", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    for delivery_id in ids:
        outcome = _deliver(delivery_id, sending.newsletter)
        if progress and outcome != "error":
            progress(1)
        if outcome in (DeliveryStatus.SENT, "error") and pause:
            sleep(pause)
    counts = sending_counts(sending)
    if not counts["pending"]:
        Sending.objects.filter(pk=sending.pk).exclude(status=SendingStatus.DONE).update(
            status=SendingStatus.DONE, finished_at=timezone.now()
        )
    return counts
