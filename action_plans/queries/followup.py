"""Reads of the follow-up: focal points, the reporting desk, overdue and silent."""

import datetime

from django.db.models import Count, Max, Prefetch, Q, QuerySet
from django.utils import timezone

from ..models import (
    CLOSED_STATUSES,
    Commitment,
    FocalPoint,
    Milestone,
    Phase,
    ProgressUpdate,
    UpdateStatus,
)
from .public import FOLLOWED_PHASES, _source_milestones, decorate


def focal_point(user) -> FocalPoint | None:
    if not user.is_authenticated:
        return None
    return (
        FocalPoint.objects.filter(user=user, is_active=True)
        .select_related("institution")
        .first()
    )


def reporting_commitments(user) -> list[Commitment]:
    """The commitments ``user`` reports on (all of them for the secretariat)."""
    qs = (
        Commitment.objects.sources()
        .filter(plan__phase__in=FOLLOWED_PHASES)
        .select_related("lead", "plan")
        .prefetch_related(Prefetch("milestones", queryset=_source_milestones()))
        .order_by("plan__slug", "number")
    )
    if not user.has_perm("action_plans.manage"):
        point = focal_point(user)
        if point is None:
            return []
        qs = qs.filter(lead=point.institution.source)
    return decorate(qs)


def updates_for(user) -> QuerySet[ProgressUpdate]:
    """Updates ``user`` sees on the reporting desk: their institution's, or all."""
    qs = ProgressUpdate.objects.select_related("commitment", "institution").order_by(
        "-created_at", "-pk"
    )
    if user.has_perm("action_plans.manage"):
        return qs
    point = focal_point(user)
    return qs.filter(institution=point.institution) if point else qs.none()


def review_queue() -> QuerySet[ProgressUpdate]:
    return ProgressUpdate.objects.filter(status=UpdateStatus.SUBMITTED).select_related(
        "commitment", "institution"
    )


def overdue_milestones(*, today: datetime.date) -> QuerySet[Milestone]:
    return (
        Milestone.objects.sources()
        .filter(
            due_date__lt=today,
            commitment__plan__phase__in=FOLLOWED_PHASES,
        )
        .exclude(status__in=CLOSED_STATUSES)
        .select_related("commitment", "commitment__plan")
        .order_by("due_date", "pk")
    )


def silent_commitments(
    *, today: datetime.date, silence: datetime.timedelta
) -> list[Commitment]:
    """Commitments under way with no published update for ``silence`` (nor since
    their start); ``last_published`` is the date of their last update or None."""
    limit = today - silence
    qs = (
        Commitment.objects.sources()
        .filter(plan__phase=Phase.IMPLEMENTATION, start__lte=limit)
        .select_related("plan")
        .annotate(
            last=Max(
                "updates__published_at",
                filter=Q(updates__status=UpdateStatus.PUBLISHED),
            ),
            still_open=Count(
                "milestones", filter=~Q(milestones__status__in=CLOSED_STATUSES)
            ),
        )
        .filter(still_open__gt=0)
        .order_by("pk")
    )
    found = []
    for c in qs:
        c.last_published = timezone.localdate(c.last) if c.last else None
        if c.last_published is None or c.last_published <= limit:
            found.append(c)
    return found


def api_updates(user) -> QuerySet[ProgressUpdate]:
    """What the API lists to ``user``: published updates of public plans, plus
    their institution's for a focal point and everything for the secretariat."""
    visible = Q(status=UpdateStatus.PUBLISHED, commitment__plan__is_public=True)
    if user.has_perm("action_plans.manage"):
        visible = Q()
    else:
        point = focal_point(user)
        if point is not None:
            visible |= Q(institution=point.institution)
    return (
        ProgressUpdate.objects.filter(visible)
        .select_related("institution")
        .prefetch_related("milestones", "evidence__document")
        .order_by("-published_at", "-created_at", "-pk")
    )
