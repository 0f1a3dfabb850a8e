"""Reads of the governance module, with what is public for whom.

Bodies are public when published; a meeting from its invitation on
(``Meeting.objects.announced()``); its minutes, attendance list and decisions once
the minutes are published. Lists take a fixed number of queries.
"""

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch, Q
from django.utils import timezone

from core.translation import localized_map
from documents.queries import published as published_documents

from .models import (
    AgendaItem,
    Attendance,
    Body,
    Constituency,
    Meeting,
    MeetingStatus,
    Member,
)


def public_bodies():
    """Published bodies (source rows), in their order."""
    return Body.objects.sources().published().order_by("sort_order", "pk")


def localized_bodies(bodies) -> list:
    """Each body with ``text``: its translation in the active language."""
    bodies = list(bodies)
    texts = localized_map(bodies, Body)
    for body in bodies:
        body.text = texts[body.pk]
    return bodies


def body_by_slug(slug: str) -> Body | None:
    return public_bodies().filter(slug=slug).first()


@dataclass
class Roster:
    """The members of one composition (the current one, or the last recorded)."""

    day: datetime.date
    current: bool
    groups: list  # [(Constituency, [Member, ...]), ...] in the charter's order
    past: list  # mandates over before ``day``, latest first


def roster(body: Body, *, today: datetime.date | None = None) -> Roster:
    """The body's members by constituency, and its past mandates, in one query.

    When nobody holds a mandate today (between two action plans), the last
    recorded composition is shown, so the page still says who sat on the body.
    """
    today = today or timezone.localdate()
    members = list(
        Member.objects.filter(body=body.source)
        .select_related("organisation", "action_plan")
        .order_by("sort_order", "pk")
    )
    current = [m for m in members if m.holds_on(today)]
    day = today
    if not current and members:
        ends = [m.until for m in members if m.until is not None and m.until < today]
        if ends:
            day = max(ends)
            current = [m for m in members if m.holds_on(day)]
    shown = {m.pk for m in current}
    groups = [
        (constituency, [m for m in current if m.constituency == constituency])
        for constituency in Constituency
    ]
    past = sorted(
        (
            m
            for m in members
            if m.pk not in shown and m.until is not None and m.until < day
        ),
        key=lambda m: m.until,
        reverse=True,
    )
    return Roster(
        day=day,
        current=day == today,
        groups=[(c, ms) for c, ms in groups if ms],
        past=past,
    )


def announced_meetings():
    return Meeting.objects.announced().select_related("body")


def filter_meetings(queryset, *, body=None, past=False, now=None):
    now = now or timezone.now()
    if body is not None:
        queryset = queryset.filter(body=body.source)
    if past:
        return queryset.filter(end__lt=now).order_by("-start")
    return queryset.filter(end__gte=now).order_by("start")


def with_body_names(meetings) -> list:
    """Each meeting with ``body_text``, its body in the active language."""
    meetings = list(meetings)
    texts = localized_map({m.body for m in meetings}, Body)
    for meeting in meetings:
        meeting.body_text = texts[meeting.body_id]
    return meetings


def meeting_by_slug(slug: str) -> Meeting | None:
    """Any meeting by slug; who may see it is ``governance.view_meeting``."""
    return Meeting.objects.select_related("body").filter(slug=slug).first()


def agenda(meeting: Meeting) -> list[AgendaItem]:
    return list(meeting.agenda_items.all())


def public_documents(meeting: Meeting) -> list:
    return list(
        published_documents()
        .filter(governance_meetings=meeting)
        .order_by("-publication_date", "title")
    )


def attendance(meeting: Meeting) -> list[Attendance]:
    return list(
        meeting.attendance.select_related("member__organisation").order_by(
            "member__sort_order", "member__pk"
        )
    )


def decisions(meeting: Meeting) -> list:
    return list(meeting.decisions.all())


def meetings_with_agenda(queryset):
    return queryset.prefetch_related(
        Prefetch("agenda_items", queryset=AgendaItem.objects.order_by("sort_order"))
    )


def invitations_of(user):
    """Meetings (announced) of the bodies where ``user`` holds a mandate on the
    meeting's day, latest first."""
    if not user.is_authenticated:
        return Meeting.objects.none()
    condition = Q(pk__in=[])
    for mandate in Member.objects.filter(user=user):
        period = Q(body_id=mandate.body_id, start__date__gte=mandate.start)
        if mandate.until is not None:
            period &= Q(start__date__lte=mandate.until)
        condition |= period
    return announced_meetings().filter(condition).order_by("-start")


@dataclass
class Record:
    """What a meeting leaves for the public: minutes, attendance, decisions."""

    minutes: str
    minutes_language: str
    attendance: list
    decisions: list


def published_record(meeting: Meeting) -> Record | None:
    """The meeting's record once its minutes are published; None before (the
    draft, the attendance and the decisions are never public until then)."""
    if meeting.status != MeetingStatus.PUBLISHED:
        return None
    return Record(
        minutes=meeting.minutes,
        minutes_language=meeting.minutes_language,
        attendance=attendance(meeting),
        decisions=decisions(meeting),
    )
