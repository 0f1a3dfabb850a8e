"""What authors do with their own contribution: edit it while it awaits
moderation, withdraw it once published (it stays public, marked as withdrawn)."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from ..models import Contribution, ContributionStatus, ModerationAction, Status
from ..text import text_hash
from .common import log, require
from .contributions import _validate
from .errors import AlreadyWithdrawn, ConsultationNotOpen, NotEditable, NotPublic


def _locked(contribution: Contribution) -> Contribution:
    return (
        Contribution.objects.select_for_update()
        .select_related("consultation")
        .get(pk=contribution.pk)
    )


def _edit_refusal(contribution: Contribution):
    """Why the author may not edit ``contribution`` now, or None."""
    if contribution.status != ContributionStatus.PENDING_MODERATION:
        return NotEditable()
    if contribution.consultation.status != Status.OPEN:
        return ConsultationNotOpen(contribution.consultation)
    return None


def _withdraw_refusal(contribution: Contribution):
    """Why the author may not withdraw ``contribution`` now, or None."""
    if contribution.withdrawn_at is not None:
        return AlreadyWithdrawn()
    if contribution.status != ContributionStatus.PUBLISHED:
        return NotPublic()
    if contribution.consultation.status != Status.OPEN:
        return ConsultationNotOpen(contribution.consultation)
    return None


def contribution_editable(*, user, contribution: Contribution) -> bool:
    """Whether the author is offered to edit (the rule of ``contribution_edit``)."""
    return (
        user.has_perm("consultations.edit", contribution)
        and _edit_refusal(contribution) is None
    )


def contribution_withdrawable(*, user, contribution: Contribution) -> bool:
    """Whether the author is offered to withdraw (``contribution_withdraw``'s rule)."""
    return (
        user.has_perm("consultations.withdraw", contribution)
        and _withdraw_refusal(contribution) is None
    )


def withdrawal_offered(*, contribution: Contribution) -> bool:
    """``contribution_withdrawable`` for its author, an active citizen."""
    return _withdraw_refusal(contribution) is None


@transaction.atomic
def contribution_edit(
    *,
    user,
    contribution: Contribution,
    kind: str,
    title: str,
    body: str,
    language: str,
    region: str = "",
) -> Contribution:
    """The author corrects their contribution while it awaits moderation.

    The attachment stays as sent. Moderators see the edit in the history.
    """
    require(user, "consultations.edit", contribution)
    errors, title, body, _name, _email = _validate(
        kind=kind,
        title=title,
        body=body,
        language=language,
        region=region,
        is_user=True,
        name="",
        email="",
    )
    if errors:
        raise ValidationError(errors)
    contribution = _locked(contribution)
    refusal = _edit_refusal(contribution)
    if refusal is not None:
        raise refusal
    contribution.kind = kind
    contribution.title = title
    contribution.body = body
    contribution.language = language
    contribution.region = region or ""
    contribution.body_hash = text_hash(title, body)
    contribution.edited_at = timezone.now()
    contribution.save(
        update_fields=[
            "kind",
            "title",
            "body",
            "language",
            "region",
            "body_hash",
            "edited_at",
        ]
    )
    log(ModerationAction.Action.EDIT, moderator=user, contribution=contribution)
    return contribution


@transaction.atomic
def contribution_withdraw(*, user, contribution: Contribution) -> Contribution:
    """The author withdraws their published contribution while the consultation
    is open. It stays visible, marked as withdrawn; its supports and endorsements
    stay counted, and no new ones are taken."""
    require(user, "consultations.withdraw", contribution)
    contribution = _locked(contribution)
    refusal = _withdraw_refusal(contribution)
    if refusal is not None:
        raise refusal
    contribution.withdrawn_at = timezone.now()
    contribution.save(update_fields=["withdrawn_at"])
    log(ModerationAction.Action.WITHDRAW, moderator=user, contribution=contribution)
    return contribution
