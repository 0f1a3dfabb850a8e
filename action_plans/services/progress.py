"""Progress updates: a focal point writes and submits, the secretariat reviews.

An update is written as a draft, submitted, then either published or sent back
with a note (and submitted again). Publishing copies each milestone's reported
status and completion onto the milestone; the update itself is never changed
again, so every published update stays in the commitment's history.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import activity
from core.emails import send_email
from core.errors import DomainError, Forbidden
from core.links import absolute_url

from ..changes import data_changed
from ..models import (
    Commitment,
    Evidence,
    Milestone,
    MilestoneProgress,
    MilestoneStatus,
    ProgressUpdate,
    UpdateStatus,
)
from .people import focal_point_emails, focal_point_ids, reviewer_emails

LANGUAGES = ("ar", "fr", "en")


@dataclass
class MilestoneReport:
    milestone_id: int
    status: str
    completion: int


@dataclass
class EvidenceItem:
    milestone_id: int
    url: str = ""
    document_id: int | None = None
    label: str = ""


def _validate(*, commitment, text, language, milestones, evidence) -> dict:
    errors: dict[str, list] = {}
    if len((text or "").strip()) < 10:
        errors["text"] = [_("Describe the progress (10 characters or more).")]
    if language not in LANGUAGES:
        errors["language"] = [_("Choose Arabic, French or English.")]
    own = set(
        Milestone.objects.filter(commitment=commitment)
        .sources()
        .values_list("pk", flat=True)
    )
    for report in milestones:
        if report.milestone_id not in own:
            errors.setdefault("milestones", []).append(
                _("A milestone does not belong to this commitment.")
            )
        elif report.status not in MilestoneStatus.values:
            errors.setdefault("milestones", []).append(
                _("Choose a status from the list.")
            )
        elif not 0 <= report.completion <= 100:
            errors.setdefault("milestones", []).append(
                _("Completion is a percentage between 0 and 100.")
            )
        elif report.status == MilestoneStatus.COMPLETED and report.completion != 100:
            errors.setdefault("milestones", []).append(
                _("A completed milestone has a completion of 100.")
            )
    for item in evidence:
        if item.milestone_id not in own:
            errors.setdefault("evidence", []).append(
                _("A milestone does not belong to this commitment.")
            )
        elif bool(item.url) == bool(item.document_id):
            errors.setdefault("evidence", []).append(
                _("Give either a library document or a link.")
            )
        elif item.url and not item.url.startswith(("https://", "http://")):
            errors.setdefault("evidence", []).append(
                _("A link starts with https:// or http://.")
            )
    return errors


# What its focal point may still rewrite (the rule says so too, but a superuser
# passes every rule: the service asks the state for itself).
EDITABLE = (UpdateStatus.DRAFT, UpdateStatus.CHANGES_REQUESTED)


@transaction.atomic
def update_save(
    *,
    commitment: Commitment,
    by,
    text: str,
    language: str,
    milestones: list[MilestoneReport],
    evidence: list[EvidenceItem] = (),
    update: ProgressUpdate | None = None,
    submit: bool = False,
) -> ProgressUpdate:
    """Write a new update (or rewrite one not yet published) and maybe submit it."""
    commitment = commitment.source
    if update is None:
        if not by.has_perm("action_plans.report_progress", commitment):
            raise Forbidden(
                _("Only a focal point of the lead institution reports progress.")
            )
    else:
        update = ProgressUpdate.objects.select_for_update().get(pk=update.pk)
        if update.commitment_id != commitment.pk:
            raise DomainError(_("This update is about another commitment."))
        # The state is checked for itself: a superuser passes every rule.
        if update.status not in EDITABLE or not by.has_perm(
            "action_plans.edit_update", update
        ):
            raise Forbidden(_("This update can no longer be changed."))
    errors = _validate(
        commitment=commitment,
        text=text,
        language=language,
        milestones=list(milestones),
        evidence=list(evidence),
    )
    if errors:
        raise ValidationError(errors)
    if update is None:
        update = ProgressUpdate(
            commitment=commitment, institution_id=commitment.lead_id, author=by
        )
    update.text = text.strip()
    update.language = language
    if submit:
        update.status = UpdateStatus.SUBMITTED
        update.submitted_at = timezone.now()
    update.save()
    update.milestones.all().delete()
    MilestoneProgress.objects.bulk_create(
        MilestoneProgress(
            update=update,
            milestone_id=r.milestone_id,
            status=r.status,
            completion=r.completion,
        )
        for r in milestones
    )
    update.evidence.all().delete()
    Evidence.objects.bulk_create(
        Evidence(
            update=update,
            milestone_id=e.milestone_id,
            url=e.url,
            document_id=e.document_id,
            label=e.label.strip()[:255],
        )
        for e in evidence
    )
    if submit:
        send_email(
            to=reviewer_emails(),
            template="action_plans/emails/submitted",
            context={
                "update": update,
                "commitment": commitment,
                "url": absolute_url("/ar/action-plans/report/"),
            },
        )
    return update


@transaction.atomic
def update_review(
    *, update: ProgressUpdate, by, publish: bool, note: str = ""
) -> ProgressUpdate:
    """Publish a submitted update, or send it back with a note saying what to change."""
    update = ProgressUpdate.objects.select_for_update().get(pk=update.pk)
    if update.status != UpdateStatus.SUBMITTED or not by.has_perm(
        "action_plans.review_update", update
    ):
        raise Forbidden(_("Only the secretariat reviews submitted updates."))
    note = (note or "").strip()
    if not publish and not note:
        raise ValidationError({"note": [_("Say what should be changed.")]})
    now = timezone.now()
    update.reviewed_by = by
    update.review_note = note
    if publish:
        update.status = UpdateStatus.PUBLISHED
        update.published_at = now
        for row in update.milestones.select_related("milestone"):
            Milestone.objects.filter(
                translation_key=row.milestone.translation_key
            ).update(status=row.status, completion=row.completion)
    else:
        update.status = UpdateStatus.CHANGES_REQUESTED
    update.save()
    data_changed()
    if publish:
        _tell_followers(update, by)
    send_email(
        to=focal_point_emails(update.institution_id),
        template="action_plans/emails/reviewed",
        context={
            "update": update,
            "commitment": update.commitment,
            "url": absolute_url("/ar/action-plans/report/"),
        },
    )
    return update


def _tell_followers(update: ProgressUpdate, by) -> None:
    """Followers of the commitment and of its plan hear of a published update.

    The progress is the focal point's act: its author is not told of it (nor,
    when the secretariat wrote it, the secretariat). The institution's focal
    points, emailed the review just below, are told on the site only. A plan
    that is not public tells no one.
    """
    commitment = Commitment.objects.select_related("plan").get(pk=update.commitment_id)
    if not commitment.plan.is_public:
        return
    activity.publish(
        kind="action_plans.progress",
        target=commitment,
        actor=update.author or by,
        key=f"action_plans.progress:{update.pk}",
        followed=[commitment, commitment.plan],
        emailed=focal_point_ids(update.institution_id),
    )
