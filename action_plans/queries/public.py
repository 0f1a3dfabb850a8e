"""Reads of the public pages: plans, the dashboard, one commitment.

Lists work on translation sets' *source* rows (what records point to) and show
each row's text in the reader's language through ``core.translation``'s
``localized_map``: a whole dashboard is a fixed number of queries.
"""

import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Max, Prefetch, Q, QuerySet
from django.utils import timezone

from consultations import queries as consultation_queries
from core.translation import localized_map

from ..models import (
    CLOSED_STATUSES,
    Commitment,
    DraftComment,
    Evidence,
    Institution,
    Milestone,
    MilestoneStatus,
    Phase,
    Plan,
    ProgressUpdate,
    UpdateStatus,
)

# Plans whose milestones are followed (alerts, overdue lists).
FOLLOWED_PHASES = (Phase.IMPLEMENTATION, Phase.EVALUATION)


def public_plans() -> QuerySet[Plan]:
    return Plan.objects.sources().filter(is_public=True).select_related("period")


def plans_for(user) -> QuerySet[Plan]:
    """Public plans, and every plan for the secretariat."""
    qs = Plan.objects.sources().select_related("period")
    return qs if user.has_perm("action_plans.manage") else qs.filter(is_public=True)


def plan_by_slug(slug: str, user) -> Plan | None:
    return plans_for(user).filter(slug=slug).first()


def with_texts(objects, model, attr: str = "text") -> list:
    """Each object with ``.text``: its row in the reader's language (one query)."""
    objects = list(objects)
    texts = localized_map(objects, model)
    for obj in objects:
        setattr(obj, attr, texts[obj.pk])
    return objects


# --- Commitments and their state -------------------------------------------------


def _source_milestones() -> QuerySet[Milestone]:
    return Milestone.objects.sources().order_by("sort_order", "due_date", "pk")


def plan_commitments(plan: Plan) -> QuerySet[Commitment]:
    """The plan's commitments (source rows) with their lead and milestones."""
    return plan_commitments_base().filter(plan=plan.source)


def plan_commitments_base() -> QuerySet[Commitment]:
    return (
        Commitment.objects.sources()
        .select_related("lead", "plan")
        .prefetch_related(Prefetch("milestones", queryset=_source_milestones()))
        .annotate(
            last_published=Max(
                "updates__published_at",
                filter=Q(updates__status=UpdateStatus.PUBLISHED),
            )
        )
        .order_by("number")
    )


def commitment_status(milestones, today: datetime.date) -> str:
    """A commitment's status, from its milestones' (one of MilestoneStatus)."""
    states = [m.status for m in milestones]
    if not states or all(s == MilestoneStatus.NOT_STARTED for s in states):
        if any(m.is_overdue(today) for m in milestones):
            return MilestoneStatus.DELAYED
        return MilestoneStatus.NOT_STARTED
    if all(s == MilestoneStatus.WITHDRAWN for s in states):
        return MilestoneStatus.WITHDRAWN
    if all(s in CLOSED_STATUSES for s in states):
        return MilestoneStatus.COMPLETED
    if any(
        s == MilestoneStatus.DELAYED or m.is_overdue(today)
        for m, s in zip(milestones, states, strict=True)
    ):
        return MilestoneStatus.DELAYED
    return MilestoneStatus.IN_PROGRESS


def completion_of(milestones) -> int:
    """Average completion of the milestones that are not withdrawn."""
    kept = [m.completion for m in milestones if m.status != MilestoneStatus.WITHDRAWN]
    return round(sum(kept) / len(kept)) if kept else 0


def decorate(commitments, today: datetime.date | None = None) -> list[Commitment]:
    """Commitments with ``text``, ``lead_text``, ``status``, ``completion``, ``overdue``
    and their milestones' ``text``, in three queries."""
    today = today or timezone.localdate()
    commitments = with_texts(commitments, Commitment)
    milestones = [m for c in commitments for m in c.milestones.all()]
    with_texts(milestones, Milestone)
    leads = localized_map({c.lead for c in commitments}, Institution)
    for c in commitments:
        ms = list(c.milestones.all())
        c.lead_text = leads[c.lead_id]
        c.status = commitment_status(ms, today)
        c.status_label = MilestoneStatus(c.status).label
        c.completion = completion_of(ms)
        c.overdue = [m for m in ms if m.is_overdue(today)]
    return commitments


@dataclass
class Filters:
    status: str = ""
    institution: str = ""
    theme: str = ""
    value: str = ""
    q: str = ""

    @property
    def active(self) -> bool:
        return any((self.status, self.institution, self.theme, self.value, self.q))


def _matches_text(commitments: list[Commitment], q: str) -> set[int]:
    """Commitments whose title, description or problem contains ``q``, any language."""
    keys = (
        Commitment.objects.filter(
            translation_key__in=[c.translation_key for c in commitments]
        )
        .filter(
            Q(title__icontains=q)
            | Q(description__icontains=q)
            | Q(problem__icontains=q)
        )
        .values_list("translation_key", flat=True)
    )
    found = set(keys)
    return {c.pk for c in commitments if c.translation_key in found}


def apply_filters(commitments: list[Commitment], filters: Filters) -> list:
    kept = commitments
    if filters.status:
        kept = [c for c in kept if c.status == filters.status]
    if filters.institution:
        kept = [c for c in kept if c.lead.slug == filters.institution]
    if filters.theme:
        kept = [c for c in kept if filters.theme in c.themes]
    if filters.value:
        kept = [c for c in kept if filters.value in c.ogp_values]
    if filters.q:
        matching = _matches_text(kept, filters.q)
        kept = [c for c in kept if c.pk in matching]
    return kept


@dataclass
class Dashboard:
    commitments: list
    shown: list
    completion: int
    by_status: list = field(default_factory=list)
    by_institution: list = field(default_factory=list)
    by_theme: list = field(default_factory=list)
    by_value: list = field(default_factory=list)
    overdue: list = field(default_factory=list)
    institutions: list = field(default_factory=list)


def dashboard(plan: Plan, filters: Filters | None = None, today=None) -> Dashboard:
    """Everything a plan's dashboard shows, counted on the whole plan."""
    from working_groups.models import Theme

    from ..models import OgpValue

    today = today or timezone.localdate()
    commitments = decorate(plan_commitments(plan), today)
    statuses = Counter(c.status for c in commitments)
    institutions = Counter(c.lead_id for c in commitments)
    leads = {c.lead_id: c.lead_text for c in commitments}
    themes = Counter(t for c in commitments for t in c.themes)
    values = Counter(v for c in commitments for v in c.ogp_values)
    overall = (
        round(sum(c.completion for c in commitments) / len(commitments))
        if commitments
        else 0
    )
    return Dashboard(
        commitments=commitments,
        shown=apply_filters(commitments, filters or Filters()),
        completion=overall,
        by_status=[(s.label, statuses[s.value]) for s in MilestoneStatus],
        by_institution=sorted(
            ((leads[i].name, n) for i, n in institutions.items()),
            key=lambda row: (-row[1], row[0]),
        ),
        by_theme=[(t.label, themes[t.value]) for t in Theme if themes[t.value]],
        by_value=[(v.label, values[v.value]) for v in OgpValue],
        overdue=[(c, m) for c in commitments for m in c.overdue],
        institutions=sorted(
            {c.lead.slug: leads[c.lead_id] for c in commitments}.items(),
            key=lambda item: item[1].name,
        ),
    )


# --- One commitment ----------------------------------------------------------------


def commitment_by_number(plan: Plan, number: int) -> Commitment | None:
    found = list(plan_commitments(plan).filter(number=number))
    return decorate(found)[0] if found else None


def published_updates(commitment: Commitment) -> list[ProgressUpdate]:
    """The commitment's history: published updates, newest first, with evidence."""
    updates = list(
        ProgressUpdate.objects.published()
        .filter(commitment=commitment.source)
        .select_related("institution")
        .prefetch_related(
            Prefetch("milestones", queryset=_progress_rows()),
            Prefetch("evidence", queryset=_evidence()),
        )
    )
    return updates


def _progress_rows():
    from ..models import MilestoneProgress

    return MilestoneProgress.objects.select_related("milestone")


def _evidence() -> QuerySet[Evidence]:
    return Evidence.objects.select_related("document", "milestone")


def milestone_evidence(commitment: Commitment) -> dict[int, list[Evidence]]:
    """Public evidence per milestone: the secretariat's and published updates'."""
    rows = (
        _evidence()
        .filter(milestone__commitment=commitment.source)
        .filter(Q(update__isnull=True) | Q(update__status=UpdateStatus.PUBLISHED))
    )
    found: dict[int, list[Evidence]] = {}
    for row in rows:
        found.setdefault(row.milestone_id, []).append(row)
    return found


def timeline(commitment: Commitment) -> list[tuple]:
    """Milestones (by due date) and published updates (by date), in date order.

    Each milestone an update reports on gets ``text``: its row in the reader's
    language, the one ``decorate`` already read (no query per row).
    """
    milestones = list(commitment.milestones.all())
    texts = {m.pk: getattr(m, "text", m) for m in milestones}
    events = [(m.due_date, "milestone", m) for m in milestones]
    for update in published_updates(commitment):
        for row in update.milestones.all():
            row.text = texts.get(row.milestone_id, row.milestone)
        events.append((timezone.localdate(update.published_at), "update", update))
    return sorted(events, key=lambda e: (e[0], e[1]))


def draft_comments(commitment: Commitment) -> QuerySet:
    """Published contributions of the co-creation about this commitment."""
    ids = DraftComment.objects.filter(commitment=commitment.source).values(
        "contribution_id"
    )
    return consultation_queries.with_counts(
        consultation_queries.published_contributions().filter(pk__in=ids)
    ).order_by("-published_at", "-pk")


def origin_contributions(commitment: Commitment) -> QuerySet:
    return consultation_queries.published_contributions().filter(
        pk__in=commitment.source.contributions.values("pk")
    )


def commitments_fed_by(contribution_ids) -> dict[int, list[Commitment]]:
    """For contributions, the public commitments each one fed (one query)."""
    links = (
        Commitment.contributions.through.objects.filter(
            contribution_id__in=list(contribution_ids),
            commitment__plan__is_public=True,
        )
        .select_related("commitment__plan")
        .order_by("commitment__plan__slug", "commitment__number")
    )
    found: dict[int, list[Commitment]] = {}
    for link in links:
        found.setdefault(link.contribution_id, []).append(link.commitment)
    return found


def commitments_in(pks) -> QuerySet[Commitment]:
    """Commitments by pk, with what ``decorate`` needs."""
    return plan_commitments_base().filter(pk__in=list(pks))
