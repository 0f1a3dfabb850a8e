"""Reads of calls for applications: what is public, the committee's progress,
the ranking and the flags around the cut-off, the voters of the election.

Each function runs a fixed number of queries, whatever the number of
applications, members and criteria.
"""

from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from django.db.models import Count, Q, Sum
from django.utils import timezone

from governance.models import ActionPlan, BodyKind, Constituency, Member
from working_groups.models import Organisation

from .models import (
    Application,
    ApplicationStatus,
    Call,
    CommitteeMember,
    Conflict,
    Criterion,
    Score,
)
from .models.calls import OBSERVER_ROLES

# Article 4: a gap under this many points around the cut-off is decided on
# geographic and expertise diversity.
CLOSE_GAP = Decimal(10)


def published_calls():
    return Call.objects.published().select_related("body")


def call_by_slug(slug: str, *, user=None) -> Call | None:
    call = Call.objects.select_related("body", "action_plan").filter(slug=slug).first()
    if call is None or (
        user is not None and not user.has_perm("calls.view_call", call)
    ):
        return None
    return call


def criteria(call: Call) -> list[Criterion]:
    return list(call.criteria.all())


def committee(call: Call) -> list[CommitteeMember]:
    return list(call.committee.all())


def scoring_members(call: Call) -> list[CommitteeMember]:
    return list(
        call.committee.exclude(role__in=OBSERVER_ROLES).prefetch_related("conflicts")
    )


def complete_applications(call: Call):
    return (
        call.applications.filter(status=ApplicationStatus.COMPLETE)
        .select_related("organisation")
        .prefetch_related("organisation__fields_of_action")
    )


def tied_organisations(member: CommitteeMember) -> set[int]:
    return {c.organisation_id for c in member.conflicts.all()}


@dataclass
class Progress:
    expected: int
    done: int
    # (member, application) pairs still to score
    missing: list = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return self.expected > 0 and self.done == self.expected


def progress(call: Call) -> Progress:
    """Who has scored what: a pair is done when every criterion has its points."""
    members = scoring_members(call)
    applications = list(complete_applications(call))
    n_criteria = call.criteria.count()
    counts = {
        (row["application_id"], row["member_id"]): row["n"]
        for row in Score.objects.filter(application__call=call)
        .values("application_id", "member_id")
        .annotate(n=Count("pk"))
    }
    result = Progress(expected=0, done=0)
    if not n_criteria:
        return result
    for member in members:
        tied = tied_organisations(member)
        for application in applications:
            if application.organisation_id in tied:
                continue
            result.expected += 1
            if counts.get((application.pk, member.pk), 0) >= n_criteria:
                result.done += 1
            else:
                result.missing.append((member, application))
    return result


def scoring_complete(call: Call) -> bool:
    return progress(call).complete


@dataclass
class Row:
    application: Application
    score: Decimal
    totals: dict  # member pk -> total points
    criteria: dict  # criterion pk -> mean points
    rank: int = 0
    flagged: bool = False
    within_seats: bool = False


@dataclass
class Ranking:
    seats: int
    rows: list[Row]
    open_seats: int = 0  # seats the diversity decision fills

    @property
    def flagged(self) -> list[Row]:
        return [r for r in self.rows if r.flagged]

    @property
    def needs_decision(self) -> bool:
        return bool(self.flagged)

    def secure(self) -> list[Row]:
        """Selected by the score alone."""
        return [r for r in self.rows if r.within_seats and not r.flagged]


def _mean(values) -> Decimal:
    values = [Decimal(v) for v in values]
    if not values:
        return Decimal(0)
    return (sum(values) / len(values)).quantize(Decimal("0.01"), ROUND_HALF_UP)


def ranking(call: Call) -> Ranking:
    """Complete applications by score (the mean of the members' totals), and the
    flags: a tie or a gap under 10 points around the cut-off (article 4)."""
    applications = {a.pk: a for a in complete_applications(call)}
    totals: dict[int, dict] = {pk: {} for pk in applications}
    for row in (
        Score.objects.filter(application_id__in=applications)
        .values("application_id", "member_id")
        .annotate(total=Sum("points"))
    ):
        totals[row["application_id"]][row["member_id"]] = row["total"]
    means: dict[int, dict] = {pk: {} for pk in applications}
    per_criterion: dict = {}
    for row in Score.objects.filter(application_id__in=applications).values(
        "application_id", "criterion_id", "points"
    ):
        key = (row["application_id"], row["criterion_id"])
        per_criterion.setdefault(key, []).append(row["points"])
    for (app_pk, criterion_pk), points in per_criterion.items():
        means[app_pk][criterion_pk] = _mean(points)
    rows = [
        Row(
            application=app,
            score=_mean(totals[pk].values()),
            totals=totals[pk],
            criteria=means[pk],
        )
        for pk, app in applications.items()
    ]
    rows.sort(key=lambda r: (-r.score, r.application.pk))
    for position, row in enumerate(rows, 1):
        row.rank = position
        row.within_seats = position <= call.seats
    result = Ranking(seats=call.seats, rows=rows)
    if len(rows) > call.seats:
        last_in = rows[call.seats - 1].score
        first_out = rows[call.seats].score
        if last_in - first_out < CLOSE_GAP:
            for row in rows:
                row.flagged = first_out - CLOSE_GAP < row.score < last_in + CLOSE_GAP
            result.open_seats = sum(1 for r in rows if r.flagged and r.within_seats)
    return result


def previous_plans(call: Call) -> list[ActionPlan]:
    start = call.action_plan.start if call.action_plan_id else call.term_start
    return list(ActionPlan.objects.filter(start__lt=start).order_by("-start")[:2])


def consecutive_terms(call: Call, organisation: Organisation) -> bool:
    """Article 4: the organisation held a civil society seat in the call's body
    during each of the two action plans before the call's term."""
    plans = previous_plans(call)
    if len(plans) < 2:
        return False
    mandates = Member.objects.filter(
        body_id=call.body.source.pk,
        organisation=organisation,
        constituency=Constituency.CIVIL_SOCIETY,
    ).seats()
    for plan in plans:
        held = mandates.filter(
            Q(action_plan=plan)
            | Q(start__lte=plan.end) & (Q(end__isnull=True) | Q(end__gte=plan.start))
        )
        if not held.exists():
            return False
    return True


def voting_organisations(user) -> list[Organisation]:
    """The verified organisations the user represents that are members of the
    civil society space today."""
    if not user or not user.is_authenticated:
        return []
    cache = user.__dict__.get("_calls_voters")
    if cache is None:
        today = timezone.localdate()
        space = Member.objects.filter(
            body__kind=BodyKind.CIVIL_SOCIETY_SPACE, organisation__isnull=False
        ).on(today)
        cache = list(
            Organisation.objects.filter(
                verified=True,
                representative_links__user=user,
                pk__in=space.values("organisation_id"),
            ).distinct()
        )
        user.__dict__["_calls_voters"] = cache
    return cache


def applications_of(user):
    """The applications of the organisations the user represents."""
    if not user.is_authenticated:
        return Application.objects.none()
    return (
        Application.objects.filter(organisation__representative_links__user=user)
        .select_related("call", "organisation")
        .order_by("-created_at")
    )


def public_applications(call: Call):
    """After the publication: every submitted application, by rank."""
    return (
        call.applications.exclude(status=ApplicationStatus.DRAFT)
        .select_related("organisation")
        .prefetch_related("organisation__fields_of_action")
        .order_by("rank", "pk")
    )


def election_results(election) -> list:
    return list(
        election.candidates.select_related("organisation")
        .annotate(total=Count("votes"))
        .order_by("-total", "pk")
    )


def my_conflicts(call: Call, user) -> set[int]:
    return set(
        Conflict.objects.filter(member__call=call, member__user=user).values_list(
            "organisation_id", flat=True
        )
    )
