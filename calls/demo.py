"""Demo call: seed 004's 2024 call for the steering committee (9 seats,
2024-2027, 14 August - 5 September 2024) with article 4's grid, and fictional
applications at each stage, all marked as demo data: a draft never submitted,
files returned as incomplete, complete files scored by a fictional selection
committee (one member declared a tie and did not score that organisation), a
diversity decision around the cut-off, the results published on 27 September
2024 as seed 004 says (the mandates are left for the secretariat to create in
one step from the call's admin screen), and the election of the
committee's civil society member by the organisations of the space.

Idempotent: nothing is written when the call exists.
"""

import datetime
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from demo.data import call_2024 as data
from governance.models import ActionPlan, Body, BodyKind
from working_groups.models import Organisation

from . import queries
from .models import (
    Application,
    ApplicationStatus,
    AuditAction,
    AuditEntry,
    Call,
    Candidate,
    CommitteeMember,
    Conflict,
    Criterion,
    Election,
    RequiredDocument,
    Score,
    TieDecision,
    Vote,
)

# Stage of each applicant, by position: working groups' six, then the demo call's
# fictional applicants.
RETURNED = {
    6: "Le rapport financier manque. / التقرير المالي غير مرفق.",
    11: "La lettre n'est pas signée. / رسالة الترشيح غير موقعة.",
}
DRAFT = {15}
# Each complete applicant's level (share of the maximum), by position.
LEVELS = [
    0.92,
    0.74,
    0.81,
    0.88,
    0.7,
    0.77,
    None,
    0.86,
    0.63,
    0.79,
    0.69,
    None,
    0.83,
    0.58,
    0.72,
    None,
]
NUDGE = [0.0, 0.04, -0.03, 0.02]


def _tz(moment):
    return timezone.make_aware(moment, timezone.get_default_timezone())


def _organisations() -> list[Organisation]:
    # The fictional applicants (the working groups' demo's CALL_ORGANISATIONS) are
    # made by the working groups' demo, which runs first, so that they sit in the
    # civil society space from the start; they belong to no working group, unlike
    # the working groups' six demo organisations.
    known = Organisation.objects.verified().order_by("pk")
    members = list(known.filter(memberships__isnull=False).distinct())
    extra = list(
        known.filter(memberships__isnull=True, registration_number__startswith="DEMO-")
    )
    return members[:6] + extra


def _call(body, plan) -> Call:
    call = Call.objects.create(
        slug=data.SLUG,
        body=body,
        action_plan=plan,
        seats=data.SEATS,
        term_start=data.TERM[0],
        term_end=data.TERM[1],
        opens_at=_tz(data.OPENS),
        closes_at=_tz(data.CLOSES),
        appeal_days=7,
        is_published=True,
        is_demo=True,
        **{f"title_{c}": data.TITLE[c] for c in ("ar", "fr", "en")},
        **{f"description_{c}": data.DESCRIPTION[c] for c in ("ar", "fr", "en")},
        **{f"eligibility_{c}": data.ELIGIBILITY[c] for c in ("ar", "fr", "en")},
    )
    for position, (group, points, ar, fr, en) in enumerate(data.CRITERIA):
        Criterion.objects.create(
            call=call,
            sort_order=position,
            max_points=points,
            label_ar=ar,
            label_fr=fr,
            label_en=en,
            **{f"group_{c}": data.GROUPS[group][c] for c in ("ar", "fr", "en")},
        )
    for position, (ar, fr, en) in enumerate(data.DOCUMENTS):
        RequiredDocument.objects.create(
            call=call, sort_order=position, label_ar=ar, label_fr=fr, label_en=en
        )
    return call


def _applications(call, organisations) -> list[Application]:
    made = []
    for position, organisation in enumerate(organisations[: len(LEVELS)]):
        submitted = call.opens_at + datetime.timedelta(days=2 + position)
        status = ApplicationStatus.COMPLETE
        if position in DRAFT:
            status = ApplicationStatus.DRAFT
        elif position in RETURNED:
            status = ApplicationStatus.RETURNED
        application = Application.objects.create(
            call=call,
            organisation=organisation,
            status=status,
            is_demo=True,
            reference=None
            if position in DRAFT
            else f"2024-{call.pk}-{position + 1:05d}",
            experience=f"(Démo) Expérience de {organisation.name_fr}.",
            programme=f"(Démo) Programme de {organisation.name_fr} pour 2024-2027.",
            return_reason=RETURNED.get(position, ""),
            submitted_at=None if position in DRAFT else submitted,
            checked_at=None
            if position in DRAFT
            else submitted + datetime.timedelta(days=1),
            created_at=submitted,
        )
        made.append(application)
        if status != ApplicationStatus.DRAFT:
            AuditEntry.objects.create(
                call=call,
                application=application,
                action=AuditAction.SUBMITTED,
                at=submitted,
            )
            AuditEntry.objects.create(
                call=call,
                application=application,
                action=AuditAction.RETURNED
                if position in RETURNED
                else AuditAction.COMPLETE,
                detail=RETURNED.get(position, ""),
                at=submitted + datetime.timedelta(days=1),
            )
    return made


def _committee(call, applications) -> None:
    members = [
        CommitteeMember.objects.create(
            call=call,
            role=role,
            name_ar=ar,
            name_fr=fr,
            institution_fr=institution,
            institution_ar=institution,
        )
        for role, ar, fr, institution in data.COMMITTEE
    ]
    # The university member is tied to the second applicant: never scores it.
    Conflict.objects.create(
        member=members[2],
        organisation=applications[1].organisation,
        reason="Membre du conseil d'administration (démo)",
    )
    criteria = list(call.criteria.all())
    scored_at = call.closes_at + datetime.timedelta(days=5)
    for position, application in enumerate(applications):
        level = LEVELS[position]
        if level is None or application.status != ApplicationStatus.COMPLETE:
            continue
        for index, member in enumerate(members[:4]):
            if index == 2 and position == 1:
                continue
            for criterion in criteria:
                share = min(1.0, max(0.0, level + NUDGE[index]))
                Score.objects.create(
                    application=application,
                    member=member,
                    criterion=criterion,
                    points=round(criterion.max_points * share),
                    scored_at=scored_at,
                )
            AuditEntry.objects.create(
                call=call,
                application=application,
                action=AuditAction.SCORED,
                at=scored_at,
            )


def _decide_and_publish(call) -> int:
    ranking = queries.ranking(call)
    selected = {row.application.pk for row in ranking.secure()}
    if ranking.needs_decision:
        regions = {row.application.organisation.region for row in ranking.secure()}
        chosen = []
        for row in ranking.flagged:  # a region not yet represented first
            if (
                len(chosen) < ranking.open_seats
                and row.application.organisation.region not in regions
            ):
                chosen.append(row.application)
                regions.add(row.application.organisation.region)
        for row in ranking.flagged:
            if len(chosen) < ranking.open_seats and row.application not in chosen:
                chosen.append(row.application)
        decision = TieDecision.objects.create(
            call=call,
            reasons=(
                "(Démo) Écart inférieur à 10 points autour du seuil : le comité a "
                "retenu les associations de régions non encore représentées.\n"
                "(تجريبي) فارق أقل من 10 نقط: راعت اللجنة تمثيلية الجهات غير الممثلة."
            ),
            decided_at=_tz(data.RESULTS) - datetime.timedelta(days=3),
        )
        decision.chosen.set(chosen)
        selected |= {a.pk for a in chosen}
    for row in ranking.rows:
        application = row.application
        application.score = Decimal(row.score)
        application.rank = row.rank
        application.selected = application.pk in selected
        application.save(update_fields=["score", "rank", "selected"])
    call.results_published_at = _tz(data.RESULTS)
    call.save(update_fields=["results_published_at"])
    AuditEntry.objects.create(
        call=call, action=AuditAction.PUBLISHED, at=_tz(data.RESULTS)
    )
    return len(selected)


def _election(call, organisations) -> None:
    election = Election.objects.create(
        call=call,
        opens_at=_tz(datetime.datetime(2024, 7, 15, 9)),
        closes_at=_tz(datetime.datetime(2024, 7, 31, 18)),
        results_published_at=_tz(datetime.datetime(2024, 8, 1, 10)),
    )
    first = Candidate.objects.create(
        election=election,
        name_ar="سلمى (تجريبي)",
        name_fr="Salma (démo)",
        organisation=organisations[0],
    )
    second = Candidate.objects.create(
        election=election,
        name_ar="هشام (تجريبي)",
        name_fr="Hicham (démo)",
        organisation=organisations[2],
    )
    for position, organisation in enumerate(organisations[:6]):
        Vote.objects.create(
            election=election,
            organisation=organisation,
            candidate=second if position in (2, 5) else first,
            cast_at=election.opens_at + datetime.timedelta(days=position + 1),
        )


@transaction.atomic
def load(*, homes) -> str:
    if Call.objects.filter(slug=data.SLUG).exists():
        return "calls: already loaded"
    body = Body.objects.sources().filter(kind=BodyKind.STEERING).first()
    if body is None:
        return "calls: no steering committee"
    plan, _created = ActionPlan.objects.get_or_create(
        name=data.PLAN, defaults={"start": data.TERM[0], "end": data.TERM[1]}
    )
    organisations = _organisations()
    call = _call(body, plan)
    applications = _applications(call, organisations)
    _committee(call, applications)
    selected = _decide_and_publish(call)
    _election(call, organisations)
    return f"1 demo call, {len(applications)} demo applications, {selected} selected"
