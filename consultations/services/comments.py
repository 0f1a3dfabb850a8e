"""Comments on a consultation or a published contribution, and replies to them."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import activity
from core.antiabuse import rate_limit

from ..models import (
    MAX_COMMENT_DEPTH,
    Comment,
    CommentStatus,
    Consultation,
    Contribution,
    ContributionStatus,
    Status,
)
from ..text import clean_text
from .common import lock_consultation_of, lock_source, require
from .contributions import DUPLICATE_WINDOW
from .errors import AnonymousNotAllowed, CommentsClosed, ConsultationNotOpen, NotPublic

COMMENT_MAX_LENGTH = 5000
COMMENTS_PER_ACCOUNT = (30, 60 * 60)


def comment_check(*, consultation: Consultation) -> None:
    """Raise why ``consultation`` takes no comment now, if so."""
    if consultation.status != Status.OPEN:
        raise ConsultationNotOpen(consultation)
    if not consultation.comments_open:
        raise CommentsClosed()


def comments_accepted(*, consultation: Consultation) -> bool:
    """Whether the page offers to comment (people without an account log in)."""
    try:
        comment_check(consultation=consultation)
    except (ConsultationNotOpen, CommentsClosed):
        return False
    return True


@transaction.atomic
def comment_create(
    *,
    user,
    body: str,
    consultation: Consultation | None = None,
    contribution: Contribution | None = None,
    parent: Comment | None = None,
) -> Comment:
    """Comment on a consultation or a published contribution, or reply to a comment.

    Replies nest under the comment they answer, ``MAX_COMMENT_DEPTH`` levels deep
    at most: a reply to a comment at the deepest level joins that comment's
    level (it answers the same parent), so that threads stay readable on a phone.
    The returned comment has ``duplicate = True`` when it was already stored.
    """
    require(user, "consultations.comment", refusal=AnonymousNotAllowed)
    body = clean_text(body)
    if len(body) < 2:
        raise ValidationError({"body": [_("Write your comment.")]})
    if len(body) > COMMENT_MAX_LENGTH:
        raise ValidationError({"body": [_("A comment has at most 5000 characters.")]})
    replied_to = parent
    if parent is not None:
        if parent.status != CommentStatus.PUBLISHED:
            raise ValidationError({"parent": [_("You cannot reply to this comment.")]})
        if parent.depth >= MAX_COMMENT_DEPTH:
            parent = parent.parent
        consultation, contribution = parent.consultation, parent.contribution
    if contribution is not None:
        # Read by the caller; its consultation is read here, locked.
        if contribution.status != ContributionStatus.PUBLISHED:
            raise NotPublic()
        target = lock_consultation_of(contribution)
        consultation = None
    elif consultation is not None:
        target = lock_source(consultation)
    else:
        raise ValidationError({"consultation": [_("Choose what you comment on.")]})
    comment_check(consultation=target)
    if consultation is not None:
        consultation = target  # comments belong to the source row
    limit, period = COMMENTS_PER_ACCOUNT
    rate_limit("comment:user", str(user.pk), limit=limit, period=period)
    duplicate = Comment.objects.filter(
        author=user,
        consultation=consultation,
        contribution=contribution,
        body=body,
        created_at__gte=timezone.now() - DUPLICATE_WINDOW,
    ).first()
    if duplicate is not None:
        duplicate.duplicate = True
        return duplicate
    comment = Comment.objects.create(
        author=user,
        body=body,
        consultation=consultation,
        contribution=contribution,
        parent=parent,
        depth=parent.depth + 1 if parent is not None else 0,
    )
    comment.duplicate = False
    activity.follow(user=user, target=contribution or consultation)
    if replied_to is not None:
        activity.publish(
            kind="consultations.reply",
            target=comment,
            actor=user,
            key=f"consultations.reply:{comment.pk}",
            recipients=[replied_to.author_id],
        )
    return comment
