"""Moderators approve, reject, hide and restore; every decision is logged."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import activity
from core.emails import send_email
from core.links import absolute_url

from ..models import (
    Comment,
    CommentStatus,
    Contribution,
    ContributionStatus,
    ModerationAction,
    RejectReason,
)
from ..text import clean_text
from .common import author_email, author_language, log, require
from .errors import InvalidTransition

# action: (the statuses it applies to, the status it gives, what the log says)
MODERATION_TRANSITIONS = {
    "approve": (
        {ContributionStatus.PENDING_MODERATION},
        ContributionStatus.PUBLISHED,
        ModerationAction.Action.APPROVE,
    ),
    "reject": (
        {
            ContributionStatus.PENDING_MODERATION,
            ContributionStatus.PUBLISHED,
            ContributionStatus.HIDDEN,
        },
        ContributionStatus.REJECTED,
        ModerationAction.Action.REJECT,
    ),
    "hide": (
        {ContributionStatus.PUBLISHED},
        ContributionStatus.HIDDEN,
        ModerationAction.Action.HIDE,
    ),
    "restore": (
        {ContributionStatus.HIDDEN, ContributionStatus.REJECTED},
        ContributionStatus.PUBLISHED,
        ModerationAction.Action.RESTORE,
    ),
}
COMMENT_TRANSITIONS = {
    "hide": (CommentStatus.HIDDEN, ModerationAction.Action.HIDE),
    "restore": (CommentStatus.PUBLISHED, ModerationAction.Action.RESTORE),
}


@transaction.atomic
def contribution_moderate(
    *,
    contribution: Contribution,
    moderator,
    action: str,
    reason: str = "",
    note: str = "",
) -> Contribution:
    """Approve, reject (with a reason), hide or restore; logged; author told."""
    require(moderator, "consultations.moderate", contribution)
    if action not in MODERATION_TRANSITIONS:
        raise ValidationError({"action": [_("Unknown moderation action.")]})
    # Lock the contribution row only: its author may be null (an outer join).
    contribution = (
        Contribution.objects.select_for_update(of=("self",))
        .select_related("author", "consultation")
        .get(pk=contribution.pk)
    )
    sources, target, logged = MODERATION_TRANSITIONS[action]
    if contribution.status == ContributionStatus.PENDING_VERIFICATION:
        raise InvalidTransition(
            _("The author has not confirmed their email address yet.")
        )
    if contribution.status not in sources:
        raise InvalidTransition(
            _("This action is not possible for a contribution that is “%(status)s”.")
            % {"status": contribution.get_status_display()}
        )
    note = clean_text(note)
    if action == "reject":
        if reason not in RejectReason.values:
            raise ValidationError({"reason": [_("Choose a reason from the list.")]})
        if reason == RejectReason.OTHER and not note:
            raise ValidationError({"note": [_("Write the reason for the rejection.")]})
        contribution.reject_reason = reason
        contribution.moderation_note = note
    elif action == "hide":
        contribution.moderation_note = note
    now = timezone.now()
    contribution.status = target
    if target == ContributionStatus.PUBLISHED and contribution.published_at is None:
        contribution.published_at = now
    if action == "restore":
        contribution.reject_reason = ""
        contribution.flags.filter(resolved_at__isnull=True).update(resolved_at=now)
    contribution.save()
    log_reason = note
    if action == "reject":
        log_reason = (
            f"{RejectReason(reason).label}. {note}".strip(" .")
            if note
            else str(RejectReason(reason).label)
        )
    log(logged, moderator=moderator, reason=log_reason, contribution=contribution)

    activity.publish(
        kind="consultations.status",
        target=contribution,
        actor=moderator,
        key=f"consultations.status:{contribution.pk}:{target}:{now.timestamp()}",
        # Only a public contribution's followers hear of it; the author always.
        followed=[contribution] if target == ContributionStatus.PUBLISHED else [],
        recipients=[contribution.author_id],
        emailed=[contribution.author_id] if action != "restore" else [],
        data={"status": target},
    )
    recipient = author_email(contribution)
    if recipient and action in ("approve", "reject", "hide"):
        consultation = contribution.consultation
        send_email(
            to=recipient,
            template=f"consultations/emails/{action}",
            context={
                "contribution": contribution,
                "consultation": consultation,
                "reason": RejectReason(reason).label if action == "reject" else "",
                "note": note,
                "url": absolute_url(consultation.source.get_url_path()),
            },
            language=author_language(contribution),
        )
    return contribution


@transaction.atomic
def comment_moderate(
    *, comment: Comment, moderator, action: str, note: str = ""
) -> Comment:
    """Hide or restore a comment; restoring dismisses its reports; logged."""
    require(moderator, "consultations.moderate", comment)
    if action not in COMMENT_TRANSITIONS:
        raise ValidationError({"action": [_("Unknown moderation action.")]})
    target, logged = COMMENT_TRANSITIONS[action]
    comment = Comment.objects.select_for_update().get(pk=comment.pk)
    comment.status = target
    comment.save(update_fields=["status"])
    if action == "restore":
        comment.flags.filter(resolved_at__isnull=True).update(
            resolved_at=timezone.now()
        )
    log(logged, moderator=moderator, reason=clean_text(note), comment=comment)
    return comment
