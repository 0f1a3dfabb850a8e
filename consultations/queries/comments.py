"""Comments: what is public, the threads and their replies, read in one query."""

from django.db.models import Q, QuerySet

from ..models import (
    MAX_COMMENT_DEPTH,
    Comment,
    CommentStatus,
    Consultation,
    ContributionStatus,
)


def published_comments() -> QuerySet[Comment]:
    """Published comments on a consultation or on a public contribution."""
    return Comment.objects.filter(status=CommentStatus.PUBLISHED).filter(
        Q(contribution__isnull=True)
        | Q(contribution__status=ContributionStatus.PUBLISHED)
    )


def comment_threads(*, consultation=None, contribution=None) -> QuerySet[Comment]:
    """Top-level public comments (the threads' first comments); ``with_replies``
    adds their replies."""
    qs = published_comments().filter(parent__isnull=True)
    if consultation is not None:
        qs = qs.filter(consultation=consultation.source)
    if contribution is not None:
        qs = qs.filter(contribution=contribution)
    return qs.select_related("author")


def _tree(comments) -> list[Comment]:
    """Each comment gets ``public_replies`` (its public replies, oldest first); the
    first comments are returned. A reply whose parent is not public is dropped with
    everything below it."""
    by_id = {comment.pk: comment for comment in comments}
    roots = []
    for comment in comments:
        comment.public_replies = []
    for comment in comments:
        if comment.parent_id is None:
            roots.append(comment)
        elif comment.parent_id in by_id:
            by_id[comment.parent_id].public_replies.append(comment)
    return roots


def with_replies(threads) -> list[Comment]:
    """``threads`` (first comments) with their whole public reply tree, read in
    one query, each comment with ``public_replies``."""
    threads = list(threads)
    ids = [comment.pk for comment in threads]
    if not ids:
        return threads
    below = Q()
    for level in range(1, MAX_COMMENT_DEPTH + 1):
        below |= Q(**{"__".join(["parent"] * level) + "_id__in": ids})
    replies = list(
        published_comments()
        .filter(below)
        .select_related("author")
        .order_by("created_at", "pk")
    )
    _tree(threads + replies)
    return threads


def comment_tree(
    source: Consultation, contribution_ids=(), on_consultation: bool = True
) -> tuple:
    """A page's discussions in one query: the threads of the consultation
    (``source``, its source row; none without ``on_consultation``), and those of
    each of these contributions (``{contribution id: threads}``)."""
    wanted = Q(contribution_id__in=list(contribution_ids))
    if on_consultation:
        wanted |= Q(consultation=source)
    comments = list(
        published_comments()
        .filter(wanted)
        .select_related("author")
        .order_by("created_at", "pk")
    )
    on_consultation, on_contributions = [], {}
    for root in _tree(comments):
        if root.contribution_id is None:
            on_consultation.append(root)
        else:
            on_contributions.setdefault(root.contribution_id, []).append(root)
    return on_consultation, on_contributions


def comments_of(consultation: Consultation) -> QuerySet[Comment]:
    """Every comment on the consultation or on one of its contributions."""
    source = consultation.source
    return Comment.objects.filter(
        Q(consultation=source) | Q(contribution__consultation=source)
    )
