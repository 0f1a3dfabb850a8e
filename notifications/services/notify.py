"""Who is told of an activity, and how: on the site, by email at once or in a digest.

``activity_fan_out`` runs in a task (never in the request): it makes one
notification per person, once (a unique key per activity and person), in the
channel each person chose for that kind. Emails go out in batches of ``BATCH`` by
``notifications.tasks``; a failed email stays pending and is tried again by
``pending_send`` (the ``send_notifications`` command), up to ``MAX_ATTEMPTS``.
"""

import logging
from collections import defaultdict
from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core import activity
from core import cache as page_cache
from core.emails import render_email
from core.errors import Forbidden
from core.links import absolute_url
from core.tokens import InvalidToken, make_token, read_token
from working_groups.models import Representative

from ..models import Channel, Follow, Notification, Preference

logger = logging.getLogger(__name__)

BATCH = 50
MAX_ATTEMPTS = 5
RETRY_AFTER = timedelta(minutes=10)
UNSUBSCRIBE = "notifications.unsubscribe"
UNSUBSCRIBE_MAX_AGE = 60 * 60 * 24 * 365
EVERY_KIND = "*"
DIGESTS = (Channel.DAILY, Channel.WEEKLY)


def _people(ids):
    return get_user_model().objects.filter(
        pk__in=ids, is_active=True, is_anonymised=False
    )


def recipients(act: activity.Activity) -> list:
    """The people told of ``act``: followers (of each followed key, in person or
    through an organisation they represent) and named recipients, not the actor."""
    follows = Follow.objects.filter(key__in=act.followed, muted=False)
    ids = set(
        follows.filter(organisation__isnull=True).values_list("user_id", flat=True)
    )
    ids |= set(
        Representative.objects.filter(
            organisation__in=follows.filter(organisation__isnull=False).values(
                "organisation"
            )
        ).values_list("user_id", flat=True)
    )
    ids |= set(act.recipients)
    ids.discard(act.actor_id)
    ids.discard(None)
    return list(_people(ids).order_by("pk"))


def channel_of(user, kind: activity.Kind, chosen: dict) -> str:
    return chosen.get(user.pk) or kind.default


@transaction.atomic
def activity_fan_out(*, activity_data: dict) -> list[int]:
    """Make the notifications of one activity; the ids of those to email at once."""
    act = activity.Activity.from_dict(activity_data)
    kind = activity.kinds().get(act.kind)
    if kind is None:
        logger.error("Unknown kind of activity %s: no one told", act.kind)
        return []
    people = recipients(act)
    chosen = dict(
        Preference.objects.filter(user__in=people, kind=act.kind).values_list(
            "user_id", "channel"
        )
    )
    told = set(
        Notification.objects.filter(key=act.key, recipient__in=people).values_list(
            "recipient_id", flat=True
        )
    )
    new = [person for person in people if person.pk not in told]
    Notification.objects.bulk_create(
        [
            Notification(
                recipient=person,
                kind=act.kind,
                content_type_id=act.content_type_id,
                object_id=act.object_id,
                actor_id=act.actor_id,
                key=act.key,
                data=act.data,
                channel=(
                    Channel.SITE
                    if person.pk in act.emailed
                    else channel_of(person, kind, chosen)
                ),
            )
            for person in new
        ],
        ignore_conflicts=True,
    )
    page_cache.menu_changed(*(person.pk for person in new))  # their unread count
    return list(
        Notification.objects.filter(
            key=act.key, channel=Channel.IMMEDIATE, emailed_at__isnull=True
        ).values_list("pk", flat=True)
    )


def unsubscribe_token(user, kind: str) -> str:
    return make_token(UNSUBSCRIBE, f"{user.pk}:{kind}")


def _path(name: str, language: str, **kwargs) -> str:
    with translation.override(language):
        return reverse(name, kwargs=kwargs)


def unsubscribe_url(user, kind: str) -> str:
    token = unsubscribe_token(user, kind)
    return absolute_url(
        _path("notifications_unsubscribe", user.preferred_language, token=token)
    )


@transaction.atomic
def preference_unsubscribe(*, token: str):
    """No more emails of that kind (or of any, for a digest's link): the person is
    told on the site only. Returns ``(user, kind or None)``; InvalidToken if bad."""
    value = read_token(token, UNSUBSCRIBE, max_age_seconds=UNSUBSCRIBE_MAX_AGE)
    user_id, _sep, name = value.partition(":")
    user = _people([user_id]).first()
    kinds = activity.kinds()
    if user is None or (name != EVERY_KIND and name not in kinds):
        raise InvalidToken()
    for each in kinds if name == EVERY_KIND else [name]:
        Preference.objects.update_or_create(
            user=user, kind=each, defaults={"channel": Channel.SITE}
        )
    return user, kinds.get(name)


@transaction.atomic
def preferences_set(*, user, channels: dict[str, str]) -> None:
    """Each kind's channel, as the person chose on their preferences page."""
    if not user.has_perm("notifications.follow"):
        raise Forbidden(_("Sign in to choose your notifications."))
    kinds = activity.kinds()
    errors = {
        name: [_("Choose from the list.")]
        for name, channel in channels.items()
        if name not in kinds or channel not in Channel.values
    }
    if errors:
        raise ValidationError(errors)
    for name, channel in channels.items():
        Preference.objects.update_or_create(
            user=user, kind=name, defaults={"channel": channel}
        )


@transaction.atomic
def notifications_mark_read(*, user, notification: Notification | None = None) -> int:
    """Mark one notification (or all of the person's) as read."""
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True)
    if notification is not None:
        if not user.has_perm("notifications.read", notification):
            raise Forbidden(_("This notification is not yours."))
        unread = unread.filter(pk=notification.pk)
    page_cache.menu_changed(user.pk)  # the unread count in their menu
    return unread.update(read_at=timezone.now())


def targets(notifications) -> dict:
    """The target of each notification, one query per kind of record."""
    wanted = defaultdict(set)
    for n in notifications:
        wanted[n.content_type_id].add(n.object_id)
    found = {}
    for type_id, ids in wanted.items():
        model = ContentType.objects.get_for_id(type_id).model_class()
        if model is None:
            continue
        for obj in model._default_manager.filter(pk__in=ids):
            found[(type_id, str(obj.pk))] = obj
    return found


def described(notifications, language: str) -> list[dict]:
    """What each notification says and links to, in ``language``; notifications
    whose target is gone are left out."""
    kinds = activity.kinds()
    objects = targets(notifications)
    items = []
    with translation.override(language):
        for n in notifications:
            kind = kinds.get(n.kind)
            target = objects.get((n.content_type_id, n.object_id))
            if kind is None or target is None:
                continue
            items.append(
                {
                    "notification": n,
                    "kind": kind,
                    "text": kind.describe(target, n.data),
                    "path": kind.link(target, language),
                }
            )
    return items


def _email(user, items: list[dict], *, digest: str = "") -> EmailMultiAlternatives:
    language = user.preferred_language
    kind = EVERY_KIND if digest else items[0]["kind"].name
    unsubscribe = unsubscribe_url(user, kind)
    for item in items:
        item["url"] = absolute_url(item["path"])
    context = {
        "user": user,
        "items": items,
        "digest": digest,
        "unsubscribe_url": unsubscribe,
        "preferences_url": absolute_url(_path("notifications_preferences", language)),
    }
    template = (
        "notifications/emails/digest"
        if digest
        else ("notifications/emails/notification")
    )
    subject, body, html = render_email(template, context, language=language)
    message = EmailMultiAlternatives(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers={
            "List-Unsubscribe": f"<{unsubscribe}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    if html:
        message.attach_alternative(html, "text/html")
    return message


def _deliver(user, notifications: list[Notification], *, digest: str = "") -> bool:
    """Send one email for these notifications; record the success or the failure."""
    items = described(notifications, user.preferred_language)
    now = timezone.now()
    ids = [n.pk for n in notifications]
    if not items:  # every target is gone: nothing to say
        Notification.objects.filter(pk__in=ids).update(emailed_at=now)
        return True
    try:
        _email(user, items, digest=digest).send()
    except Exception:  # noqa: BLE001 - kept pending, tried again later
        logger.exception("Could not email notifications %s", ids)
        for n in notifications:
            Notification.objects.filter(pk=n.pk).update(
                email_attempts=n.email_attempts + 1
            )
        return False
    Notification.objects.filter(pk__in=ids).update(emailed_at=now)
    return True


def _sendable():
    return Notification.objects.filter(
        emailed_at__isnull=True,
        email_attempts__lt=MAX_ATTEMPTS,
        recipient__is_active=True,
        recipient__is_anonymised=False,
    ).select_related("recipient")


def notifications_send(*, ids: list[int]) -> int:
    """Email these notifications at once, one email each; the count sent."""
    sent = 0
    for n in _sendable().filter(pk__in=ids, channel=Channel.IMMEDIATE):
        sent += _deliver(n.recipient, [n])
    return sent


def pending_send(*, now=None) -> int:
    """Try again the immediate emails that failed (or were never queued)."""
    now = now or timezone.now()
    ids = list(
        _sendable()
        .filter(channel=Channel.IMMEDIATE, created_at__lte=now - RETRY_AFTER)
        .values_list("pk", flat=True)
    )
    return notifications_send(ids=ids)


def digests_send(*, channel: str, progress=None) -> int:
    """One email per person gathering their unsent notifications of that digest,
    grouped by kind; the count of emails sent."""
    if channel not in DIGESTS:
        raise ValueError(channel)
    by_person = defaultdict(list)
    for n in _sendable().filter(channel=channel).order_by("kind", "created_at"):
        by_person[n.recipient].append(n)
    sent = 0
    for person, notifications in by_person.items():
        sent += _deliver(person, notifications, digest=channel)
        if progress:
            progress(1)
    return sent
