"""Reads: a person's notifications and follows, and a mailing's counts."""

from django.db.models import Count, F, Q

from core import activity

from .models import Delivery, DeliveryStatus, Follow, Notification


def unread_count(user) -> int:
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(recipient=user, read_at__isnull=True).count()


def notifications_of(user):
    return Notification.objects.filter(recipient=user).order_by("-created_at", "-pk")


def follows_of(user):
    """What the person follows in their own name (muted ones are shown as such)."""
    return Follow.objects.filter(user=user, organisation=None).select_related(
        "content_type"
    )


def organisation_follows(user):
    """What the organisations the person represents follow."""
    return Follow.objects.filter(
        organisation__representative_links__user=user
    ).select_related("organisation", "content_type")


def follow_of(user, obj, organisation=None) -> Follow | None:
    """The person's (or organisation's) live follow of ``obj`` or a key."""
    if not user.is_authenticated:
        return None
    key = obj if isinstance(obj, str) else activity.follow_key(obj)
    follows = Follow.objects.filter(key=key, muted=False)
    if organisation is None:
        return follows.filter(user=user, organisation=None).first()
    return follows.filter(organisation=organisation).first()


def topics_of(user) -> set[str]:
    return set(
        Follow.objects.filter(
            user=user, organisation=None, key__regex=r"^(theme|region):"
        ).values_list("key", flat=True)
    )


def sending_counts(sending) -> dict:
    """Sent, failed, waiting and unsubscribed (before their turn or after)."""
    counts = Delivery.objects.filter(sending=sending).aggregate(
        total=Count("pk"),
        sent=Count("pk", filter=Q(status=DeliveryStatus.SENT)),
        failed=Count("pk", filter=Q(status=DeliveryStatus.FAILED)),
        pending=Count("pk", filter=Q(status=DeliveryStatus.PENDING)),
        skipped=Count("pk", filter=Q(status=DeliveryStatus.UNSUBSCRIBED)),
        left_after=Count(
            "pk",
            filter=Q(
                status=DeliveryStatus.SENT,
                subscriber__unsubscribed_at__gte=F("sent_at"),
            ),
        ),
    )
    counts["unsubscribed"] = counts.pop("skipped") + counts.pop("left_after")
    return counts


def followed_keys(user) -> frozenset[str]:
    """What the person follows in their own name and is told about (the follow
    buttons of a page show it)."""
    return frozenset(
        Follow.objects.filter(user=user, organisation=None, muted=False).values_list(
            "key", flat=True
        )
    )
