"""What the moderation screens read: the queue, reported comments, the log."""

from django.db.models import Count, Q, QuerySet

from ..models import (
    Comment,
    CommentStatus,
    Contribution,
    ContributionStatus,
    ModerationAction,
)

# The queue's default view: what waits for a moderator's decision.
TO_DECIDE = "to_decide"


def moderation_queue(
    *,
    consultation=None,
    kind: str = "",
    status: str = "",
    language: str = "",
    flagged: bool = False,
) -> QuerySet[Contribution]:
    """Contributions for moderators, oldest first, with their open reports counted.

    ``status=TO_DECIDE``: those waiting for moderation, and those hidden after
    reports until a moderator restores or rejects them.
    """
    qs = Contribution.objects.select_related("consultation", "author").annotate(
        open_flags=Count("flags", filter=Q(flags__resolved_at__isnull=True))
    )
    if consultation is not None:
        qs = qs.filter(consultation=consultation)
    if status == TO_DECIDE:
        qs = qs.filter(
            Q(status=ContributionStatus.PENDING_MODERATION)
            | Q(status=ContributionStatus.HIDDEN, open_flags__gt=0)
        )
        status = ""
    for field, value in (("kind", kind), ("status", status), ("language", language)):
        if value:
            qs = qs.filter(**{field: value})
    if flagged:
        qs = qs.filter(open_flags__gt=0)
    return qs.order_by("submitted_at", "pk")


def reported_comments(limit: int = 50) -> QuerySet[Comment]:
    """Comments with open reports, or hidden, newest first."""
    return (
        Comment.objects.annotate(
            open_flags=Count("flags", filter=Q(flags__resolved_at__isnull=True))
        )
        .filter(Q(open_flags__gt=0) | Q(status=CommentStatus.HIDDEN))
        .select_related("author")
        .order_by("-created_at")[:limit]
    )


def moderation_log() -> QuerySet[ModerationAction]:
    return ModerationAction.objects.select_related(
        "moderator", "contribution", "consultation", "comment"
    )
