"""Supporting a contribution, and reporting a contribution or a comment."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext_lazy as _

from core.antiabuse import rate_limit
from core.errors import DomainError

from ..models import (
    Comment,
    CommentStatus,
    Contribution,
    ContributionStatus,
    Flag,
    FlagReason,
    ModerationAction,
    Status,
    Support,
)
from ..text import clean_text
from .common import log, require
from .errors import (
    AlreadyFlagged,
    AlreadySupported,
    AlreadyWithdrawn,
    AnonymousNotAllowed,
    ConsultationNotOpen,
    NotPublic,
    OwnContribution,
)

FLAGS_TO_HIDE = 3
FLAGS_PER_ACCOUNT = (30, 60 * 60)


def _support_refusal(user, contribution: Contribution, consultation):
    """Why ``user`` may not support ``contribution`` now, or None."""
    refusal = _closed_to_supports(contribution, consultation)
    if refusal is not None:
        return refusal
    if contribution.author_id == user.pk:
        return OwnContribution()
    return None


def _closed_to_supports(contribution: Contribution, consultation):
    """Why nobody may support ``contribution`` now, or None."""
    if contribution.status != ContributionStatus.PUBLISHED:
        return NotPublic()
    if contribution.withdrawn_at is not None:
        return AlreadyWithdrawn()
    if consultation.status != Status.OPEN:
        return ConsultationNotOpen(consultation)
    return None


def support_possible(*, user, contribution: Contribution, consultation) -> bool:
    """Whether the page offers the support button: the rule of ``support_add``,
    asked without a query (``consultation`` is the contribution's, already read)."""
    return user.has_perm("consultations.support", contribution) and (
        _support_refusal(user, contribution, consultation) is None
    )


def support_offered(*, contribution: Contribution, consultation, own: bool) -> bool:
    """``support_possible`` for an active citizen, its author (``own``) or not:
    the page stored for every citizen offers what each reader is offered."""
    return not own and _closed_to_supports(contribution, consultation) is None


def support_add(*, user, contribution: Contribution) -> Support:
    """Support a published contribution once; safe under concurrent requests.

    The unique constraint (user, contribution) decides between two simultaneous
    requests: the loser's insert fails and becomes ``AlreadySupported``.
    """
    require(user, "consultations.support", contribution, refusal=AnonymousNotAllowed)
    contribution = Contribution.objects.select_related("consultation").get(
        pk=contribution.pk
    )
    refusal = _support_refusal(user, contribution, contribution.consultation)
    if refusal is not None:
        raise refusal
    try:
        with transaction.atomic():
            return Support.objects.create(user=user, contribution=contribution)
    except IntegrityError as exc:
        raise AlreadySupported() from exc


@transaction.atomic
def support_remove(*, user, contribution: Contribution) -> None:
    require(user, "consultations.support", contribution, refusal=AnonymousNotAllowed)
    if contribution.consultation.status != Status.OPEN:
        raise ConsultationNotOpen(contribution.consultation)
    Support.objects.filter(user=user, contribution=contribution).delete()


def flag_create(
    *,
    user,
    reason: str,
    details: str = "",
    contribution: Contribution | None = None,
    comment: Comment | None = None,
) -> Flag:
    """Report a contribution or a comment; at 3 people, it is hidden for review."""
    require(
        user, "consultations.flag", contribution or comment, refusal=AnonymousNotAllowed
    )
    if reason not in FlagReason.values:
        raise ValidationError({"reason": [_("Choose a reason from the list.")]})
    if (contribution is None) == (comment is None):
        raise ValidationError({"non_field_errors": [_("Report one thing at a time.")]})
    limit, period = FLAGS_PER_ACCOUNT
    rate_limit("flag:user", str(user.pk), limit=limit, period=period)
    try:
        with transaction.atomic():
            if contribution is not None:
                target = Contribution.objects.select_for_update().get(
                    pk=contribution.pk
                )
                if target.status != ContributionStatus.PUBLISHED:
                    raise NotPublic()
            else:
                target = Comment.objects.select_for_update().get(pk=comment.pk)
                if target.status != CommentStatus.PUBLISHED:
                    raise DomainError(_("This comment is not published."))
            flag = Flag.objects.create(
                user=user,
                reason=reason,
                details=clean_text(details)[:2000],
                contribution=target if contribution is not None else None,
                comment=target if comment is not None else None,
            )
            reporters = (
                target.flags.filter(resolved_at__isnull=True)
                .values("user")
                .distinct()
                .count()
            )
            if reporters >= FLAGS_TO_HIDE:
                _hide_after_reports(target)
            return flag
    except IntegrityError as exc:
        raise AlreadyFlagged() from exc


def _hide_after_reports(target: Contribution | Comment) -> None:
    """Enough people reported it: hidden until a moderator reviews it; logged."""
    if isinstance(target, Contribution):
        target.status = ContributionStatus.HIDDEN
        target.save(update_fields=["status"])
        log(ModerationAction.Action.AUTO_HIDE, contribution=target)
    else:
        target.status = CommentStatus.HIDDEN
        target.save(update_fields=["status"])
        log(ModerationAction.Action.AUTO_HIDE, comment=target)
