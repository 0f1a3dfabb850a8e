"""The email link that confirms a contribution sent without an account."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.tokens import InvalidToken, make_token, read_token

from ..models import Contribution, ContributionStatus, ModerationMode

EMAIL_TOKEN_PURPOSE = "contribution-email"  # noqa: S105 - a purpose, not a secret
EMAIL_TOKEN_MAX_AGE = 7 * 24 * 60 * 60


def contribution_verify_token(*, contribution: Contribution) -> str:
    """The token of the link that ``contribution_submit`` emails."""
    return make_token(EMAIL_TOKEN_PURPOSE, contribution.pk)


@transaction.atomic
def contribution_verify_email(*, token: str) -> Contribution:
    """Accept the single-use link sent to a person without an account."""
    pk = read_token(token, EMAIL_TOKEN_PURPOSE, max_age_seconds=EMAIL_TOKEN_MAX_AGE)
    contribution = (
        Contribution.objects.select_for_update()
        .select_related("consultation")
        .filter(pk=pk)
        .first()
    )
    if contribution is None:
        raise InvalidToken()
    if (
        contribution.email_verified_at is not None
        or contribution.status != ContributionStatus.PENDING_VERIFICATION
    ):
        raise InvalidToken(_("This link has already been used."))
    now = timezone.now()
    contribution.email_verified_at = now
    if contribution.consultation.moderation_mode == ModerationMode.AFTER:
        contribution.status = ContributionStatus.PUBLISHED
        contribution.published_at = now
    else:
        contribution.status = ContributionStatus.PENDING_MODERATION
    contribution.save(update_fields=["email_verified_at", "status", "published_at"])
    return contribution
