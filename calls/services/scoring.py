"""Scoring and deciding: the committee's scores within each criterion's maximum
(never for an organisation a member is tied to), the diversity decision around
the cut-off, the publication of every score and the selected organisations'
mandates in one step."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.errors import DomainError, Forbidden
from governance import services as governance
from governance.models import Constituency

from .. import queries
from ..models import (
    Application,
    ApplicationStatus,
    AuditAction,
    Call,
    CommitteeMember,
    Conflict,
    Score,
    TieDecision,
)
from ..models.calls import OBSERVER_ROLES
from .audit import audit


def criterion_field(criterion) -> str:
    return f"criterion_{criterion.pk}"


@transaction.atomic
def scores_record(*, application: Application, by, points: dict) -> list[Score]:
    """One member's points for every criterion of one application; they may be
    changed until the results are published."""
    application = Application.objects.select_related("call").get(pk=application.pk)
    member = CommitteeMember.objects.filter(call=application.call, user=by).first()
    if (
        member
        and Conflict.objects.filter(
            member=member, organisation_id=application.organisation_id
        ).exists()
    ):
        raise Forbidden(
            _("You declared a tie to this organisation: you do not score it.")
        )
    # The seat and the state are asked for themselves: a superuser passes every
    # rule but holds no seat, and scores are a member's, on a complete file.
    if (
        member is None
        or member.role in OBSERVER_ROLES
        or application.status != ApplicationStatus.COMPLETE
        or application.call.results_published
        or not by.has_perm("calls.score", application)
    ):
        raise Forbidden(_("You cannot score this application."))
    errors = {}
    values = {}
    for criterion in application.call.criteria.all():
        name = criterion_field(criterion)
        raw = points.get(criterion.pk, points.get(str(criterion.pk), points.get(name)))
        try:
            value = int(raw)
        except (TypeError, ValueError):
            errors[name] = [_("Give a whole number of points.")]
            continue
        if not 0 <= value <= criterion.max_points:
            errors[name] = [
                _("Between 0 and %(max)s points.") % {"max": criterion.max_points}
            ]
            continue
        values[criterion] = value
    if errors:
        raise ValidationError(errors)
    saved = []
    for criterion, value in values.items():
        score, _created = Score.objects.update_or_create(
            application=application,
            member=member,
            criterion=criterion,
            defaults={"points": value, "scored_at": timezone.now()},
        )
        saved.append(score)
    audit(
        application.call,
        AuditAction.SCORED,
        by,
        application=application,
        detail=", ".join(f"{c.pk}:{v}" for c, v in values.items()),
    )
    return saved


@transaction.atomic
def tie_decide(
    *, call: Call, by, chosen: list[Application], reasons: str
) -> TieDecision:
    """Record the committee's choice among the flagged applications, on
    geographic and expertise diversity (article 4)."""
    if not by.has_perm("calls.manage", call):
        raise Forbidden(_("Only the secretariat records the committee's decision."))
    if call.results_published:
        raise DomainError(_("The results are published."))
    if not queries.scoring_complete(call):
        raise DomainError(_("Every member must score first."))
    ranking = queries.ranking(call)
    if not ranking.needs_decision:
        raise DomainError(_("No application is flagged around the cut-off."))
    flagged = {row.application.pk for row in ranking.flagged}
    errors = {}
    if any(a.pk not in flagged for a in chosen):
        errors["chosen"] = [_("Choose among the flagged applications only.")]
    elif len({a.pk for a in chosen}) != ranking.open_seats:
        errors["chosen"] = [
            _("Choose exactly %(count)s applications.") % {"count": ranking.open_seats}
        ]
    if not reasons.strip():
        errors["reasons"] = [_("Record the reasons for the decision.")]
    if errors:
        raise ValidationError(errors)
    decision, _created = TieDecision.objects.update_or_create(
        call=call,
        defaults={
            "reasons": reasons.strip(),
            "decided_by": by,
            "decided_at": timezone.now(),
        },
    )
    decision.chosen.set(chosen)
    audit(
        call,
        AuditAction.TIE_DECIDED,
        by,
        detail=", ".join(a.reference or str(a.pk) for a in chosen),
    )
    return decision


@transaction.atomic
def results_publish(*, call: Call, by) -> Call:
    """Publish every application's scores and the selected organisations."""
    call = Call.objects.select_for_update().get(pk=call.pk)
    if not by.has_perm("calls.manage", call):
        raise Forbidden(_("Only the secretariat publishes the results."))
    if call.results_published:
        raise DomainError(_("The results are already published."))
    if not call.is_closed:
        raise DomainError(_("The call is still open."))
    if call.applications.filter(status=ApplicationStatus.SUBMITTED).exists():
        raise DomainError(_("Some files are still waiting for their check."))
    if not queries.scoring_complete(call):
        raise DomainError(_("Every member must score every complete application."))
    ranking = queries.ranking(call)
    selected = {row.application.pk for row in ranking.secure()}
    if ranking.needs_decision:
        decision = TieDecision.objects.filter(call=call).first()
        chosen = (
            set(decision.chosen.values_list("pk", flat=True)) if decision else set()
        )
        flagged = {row.application.pk for row in ranking.flagged}
        if not chosen or not chosen <= flagged or len(chosen) != ranking.open_seats:
            raise DomainError(
                _("Record the diversity decision on the flagged applications first.")
            )
        selected |= chosen
    for row in ranking.rows:
        application = row.application
        application.score = row.score
        application.rank = row.rank
        application.selected = application.pk in selected
        application.save(update_fields=["score", "rank", "selected"])
    call.results_published_at = timezone.now()
    call.save(update_fields=["results_published_at"])
    audit(call, AuditAction.PUBLISHED, by, detail=f"{len(selected)} selected")
    return call


@transaction.atomic
def mandates_create(*, call: Call, by) -> list:
    """The selected organisations' mandates, all or none (governance's checks)."""
    call = Call.objects.select_for_update().get(pk=call.pk)
    if not by.has_perm("calls.manage", call):
        raise Forbidden(_("Only the secretariat creates the mandates."))
    if not call.results_published:
        raise DomainError(_("Publish the results first."))
    if call.mandates_created_at:
        raise DomainError(_("The mandates have already been created."))
    mandates = [
        governance.mandate_create(
            body=call.body,
            by=by,
            constituency=Constituency.CIVIL_SOCIETY,
            organisation=application.organisation,
            action_plan=call.action_plan,
            start=call.term_start,
            end=call.term_end,
        )
        for application in call.applications.filter(selected=True).select_related(
            "organisation"
        )
    ]
    call.mandates_created_at = timezone.now()
    call.save(update_fields=["mandates_created_at"])
    audit(call, AuditAction.MANDATES, by, detail=f"{len(mandates)}")
    return mandates
