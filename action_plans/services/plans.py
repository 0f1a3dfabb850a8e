"""Co-creation of a draft plan, and the secretariat's assessment of commitments.

A draft plan is opened for comments through a consultation of the consultations
module: each comment on a draft commitment is a contribution of that
consultation, sent by its own service, so moderation, rate limits, duplicates
and the email verification of people without an account are the consultation's.
This module only records which commitment the contribution is about.
"""

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from consultations import services as consultation_services
from core.errors import DomainError, Forbidden

from ..changes import data_changed
from ..models import Commitment, Completion, DraftComment, EarlyResults, Phase, Plan

DRAFT_FIELDS = ("title", "description", "problem")


@transaction.atomic
def plan_cocreation_open(*, plan: Plan, consultation, by) -> Plan:
    """Open the draft for comments in ``consultation`` and keep the draft's text.

    The kept draft (each commitment's text in each language) is what the page
    compares with the adopted plan.
    """
    if not by.has_perm("action_plans.manage"):
        raise Forbidden(_("Only the secretariat opens a draft plan for comments."))
    plan = Plan.objects.select_for_update().get(pk=plan.source.pk)
    if plan.phase != Phase.COCREATION:
        raise DomainError(_("Only a plan in co-creation is open for comments."))
    consultation = consultation.source
    now = timezone.now()
    Plan.objects.filter(translation_key=plan.translation_key).update(
        cocreation=consultation, draft_recorded_at=now
    )
    rows = Commitment.objects.filter(plan=plan).select_related("locale")
    drafts: dict = {}
    for row in rows:
        drafts.setdefault(row.translation_key, {})[row.locale.language_code] = {
            name: getattr(row, name) for name in DRAFT_FIELDS
        }
    for key, draft in drafts.items():
        Commitment.objects.filter(translation_key=key).update(draft=draft)
    plan.refresh_from_db()
    data_changed()
    return plan


@transaction.atomic
def draft_comment_submit(*, commitment: Commitment, **contribution) -> object:
    """Send a comment on a draft commitment: a contribution of the plan's
    co-creation consultation (``contribution`` are ``contribution_submit``'s
    arguments but the consultation), linked to the commitment."""
    commitment = Commitment.objects.select_related("plan").get(pk=commitment.source.pk)
    user = contribution.get("user") or AnonymousUser()
    if not user.has_perm("action_plans.comment_draft", commitment):
        raise DomainError(_("This draft is not open for comments."))
    sent = consultation_services.contribution_submit(
        consultation=commitment.plan.cocreation, **contribution
    )
    DraftComment.objects.get_or_create(
        contribution=sent, defaults={"commitment": commitment}
    )
    return sent


@transaction.atomic
def commitment_assess(
    *,
    commitment: Commitment,
    by,
    midterm_completion: str = "",
    midterm_notes: str = "",
    final_completion: str = "",
    early_results: str = "",
    final_notes: str = "",
) -> Commitment:
    """The secretariat's assessment at mid-term and end of term (this row's
    language for the notes; the levels are the same in every language)."""
    if not by.has_perm("action_plans.assess", commitment):
        raise Forbidden(_("Only the secretariat assesses commitments."))
    errors = {}
    for name, value, choices in (
        ("midterm_completion", midterm_completion, Completion),
        ("final_completion", final_completion, Completion),
        ("early_results", early_results, EarlyResults),
    ):
        if value and value not in choices.values:
            errors[name] = [_("Choose a value from the list.")]
    if errors:
        raise ValidationError(errors)
    Commitment.objects.filter(translation_key=commitment.translation_key).update(
        midterm_completion=midterm_completion,
        final_completion=final_completion,
        early_results=early_results,
    )
    Commitment.objects.filter(pk=commitment.pk).update(
        midterm_notes=midterm_notes.strip(), final_notes=final_notes.strip()
    )
    commitment.refresh_from_db()
    data_changed()
    return commitment
