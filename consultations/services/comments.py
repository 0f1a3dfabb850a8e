"""Comments on a consultation or a published contribution, and replies to them."""

from django.core.exceptions import ValidationError
from django.db import connection, transaction
from django.db.models.signals import post_save, pre_save
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
from .common import require, share_for_comment
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
        # Read by the caller; its consultation is read here, shared.
        if contribution.status != ContributionStatus.PUBLISHED:
            raise NotPublic()
        target = share_for_comment(author_id=user.pk, pk=contribution.consultation_id)
        consultation = None
    elif consultation is not None:
        target = share_for_comment(
            author_id=user.pk, translation_key=consultation.translation_key
        )
    else:
        raise ValidationError({"consultation": [_("Choose what you comment on.")]})
    comment_check(consultation=target)
    if consultation is not None:
        consultation = target  # comments belong to the source row
    limit, period = COMMENTS_PER_ACCOUNT
    rate_limit("comment:user", str(user.pk), limit=limit, period=period)
    comment = Comment(
        author=user,
        body=body,
        consultation=consultation,
        contribution=contribution,
        parent=parent,
        depth=parent.depth + 1 if parent is not None else 0,
    )
    if not _insert_unless_duplicate(comment):
        duplicate = Comment.objects.filter(
            author=user,
            consultation=consultation,
            contribution=contribution,
            body=body,
            created_at__gte=comment.created_at - DUPLICATE_WINDOW,
        ).first()
        if duplicate is not None:  # else deleted since: this one is stored
            duplicate.duplicate = True
            return duplicate
        comment.save()
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


def _insert_unless_duplicate(comment: Comment) -> bool:
    """Insert ``comment`` unless its author wrote the same text on the same thing
    within ``DUPLICATE_WINDOW``: whether it was inserted.

    One statement (``INSERT … SELECT … WHERE NOT EXISTS``) where the ORM takes
    two, a read and an insert, for every comment. The author's comments are
    written one at a time (``share_for_comment`` took their lock), so the check
    sees the last one. The model's signals are sent as ``save()`` sends them: the
    cache, the search index and the notifications hear of the comment as before.
    """
    meta, using = Comment._meta, connection.alias
    fields = [f for f in meta.concrete_fields if not f.primary_key]
    pre_save.send(Comment, instance=comment, raw=False, using=using, update_fields=None)
    values = [f.get_db_prep_save(f.pre_save(comment, True), connection) for f in fields]
    target, target_id = (
        ("consultation_id", comment.consultation_id)
        if comment.consultation_id
        else ("contribution_id", comment.contribution_id)
    )
    window = Comment._meta.get_field("created_at").get_db_prep_save(
        comment.created_at - DUPLICATE_WINDOW, connection
    )
    table = meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {table} ({', '.join(f.column for f in fields)})"  # noqa: S608
            f" SELECT {', '.join(['%s'] * len(fields))} WHERE NOT EXISTS"
            f" (SELECT 1 FROM {table} WHERE author_id = %s AND {target} = %s"
            " AND body = %s AND created_at >= %s) RETURNING id",
            [*values, comment.author_id, target_id, comment.body, window],
        )
        row = cursor.fetchone()
    if row is None:
        return False
    comment.pk = row[0]
    comment._state.adding, comment._state.db = False, using
    post_save.send(
        Comment,
        instance=comment,
        created=True,
        update_fields=None,
        raw=False,
        using=using,
    )
    return True
