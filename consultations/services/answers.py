"""The administration's official answer to each published contribution."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from core import activity
from core.emails import send_email

from ..models import (
    Contribution,
    ContributionStatus,
    ModerationAction,
    OfficialAnswer,
    Verdict,
)
from ..text import clean_text
from .common import author_email, author_language, log, require
from .errors import NotPublic


@transaction.atomic
def answer_set(
    *, contribution: Contribution, user, verdict: str, explanation: str
) -> OfficialAnswer:
    """Give (or correct) the public official answer to a published contribution."""
    require(user, "consultations.answer", contribution)
    if verdict not in Verdict.values:
        raise ValidationError({"verdict": [_("Choose an answer from the list.")]})
    explanation = clean_text(explanation)
    if not explanation:
        raise ValidationError({"explanation": [_("Explain the answer.")]})
    contribution = Contribution.objects.select_for_update().get(pk=contribution.pk)
    if contribution.status != ContributionStatus.PUBLISHED:
        raise NotPublic()
    answer, created = OfficialAnswer.objects.update_or_create(
        contribution=contribution,
        defaults={"verdict": verdict, "explanation": explanation, "author": user},
    )
    log(
        ModerationAction.Action.ANSWER,
        moderator=user,
        reason=Verdict(verdict).label,
        contribution=contribution,
    )
    recipient = author_email(contribution)
    if recipient:
        send_email(
            to=recipient,
            template="consultations/emails/answer",
            context={"contribution": contribution, "answer": answer},
            language=author_language(contribution),
        )
    if created:  # a corrected answer is not news to followers
        activity.publish(
            kind="consultations.answer",
            target=contribution,
            actor=user,
            key=f"consultations.answer:{contribution.pk}",
            followed=[contribution],
            emailed=[contribution.author_id],
        )
    return answer
