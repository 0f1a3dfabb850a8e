"""Reads of events with their visibility rules."""

import datetime
from dataclasses import dataclass

from django.db.models import Count, Max, Min, Q
from django.utils import timezone

from core.translation import localized_map

from .models import Event, Registration, RegistrationStatus


def public_events():
    """Published source events, with their seat counts, in one query."""
    return (
        Event.objects.sources()
        .published()
        .select_related("working_group")
        .with_confirmed_count()
    )


def filter_events(
    queryset, *, kind="", language="", group=None, start=None, end=None, past=False
):
    if kind:
        queryset = queryset.filter(kind=kind)
    if language:
        queryset = queryset.filter(
            Q(language=language) | Q(language__contains=language)
        )
    if group:
        queryset = queryset.filter(working_group__translation_key=group.translation_key)
    if start:
        queryset = queryset.filter(end__gte=start)
    if end:
        queryset = queryset.filter(start__lt=end)
    if not start and not end:
        now = timezone.now()
        queryset = (
            queryset.filter(end__lt=now).order_by("-start")
            if past
            else queryset.filter(end__gte=now).order_by("start")
        )
    return queryset


def localized_events(events) -> list:
    events = list(events)
    texts = localized_map(events, Event)
    for event in events:
        event.text = texts[event.pk]
    return events


def month_bounds(year: int, month: int):
    tz = timezone.get_current_timezone()
    start = datetime.datetime(year, month, 1, tzinfo=tz)
    end = (
        datetime.datetime(year + 1, 1, 1, tzinfo=tz)
        if month == 12
        else datetime.datetime(year, month + 1, 1, tzinfo=tz)
    )
    return start, end


# Months the calendar shows on either side of today, when no event lies further.
CALENDAR_WINDOW_MONTHS = 12


def add_months(day: datetime.date, months: int) -> datetime.date:
    """The first day of the month ``months`` after (or before) ``day``'s month."""
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


@dataclass(frozen=True)
class CalendarMonth:
    """A month of the calendar and its neighbours (None past the calendar's range)."""

    first_day: datetime.date
    previous: datetime.date | None
    following: datetime.date | None


def calendar_range() -> tuple[datetime.date, datetime.date]:
    """The first and the last month of the calendar (their first days).

    From the first published event, or a year before today if that is earlier, to
    the last one, or a year after today if that is later: every event has its
    month, and the previous/next links end instead of leading on for ever.
    """
    this_month = timezone.localdate().replace(day=1)
    first = add_months(this_month, -CALENDAR_WINDOW_MONTHS)
    last = add_months(this_month, CALENDAR_WINDOW_MONTHS)
    span = Event.objects.published().aggregate(first=Min("start"), last=Max("start"))
    if span["first"] is not None:
        first = min(first, timezone.localtime(span["first"]).date().replace(day=1))
        last = max(last, timezone.localtime(span["last"]).date().replace(day=1))
    return first, last


def calendar_month(value: str = "") -> CalendarMonth | None:
    """The calendar's month ``value`` (YYYY-MM), this month if ``value`` is empty or
    malformed; None for a month outside ``calendar_range()``."""
    try:
        year, month = (int(part) for part in value.split("-"))
        day = datetime.date(year, month, 1)
    except ValueError:
        day = timezone.localdate().replace(day=1)
    first, last = calendar_range()
    if not first <= day <= last:
        return None
    return CalendarMonth(
        first_day=day,
        previous=add_months(day, -1) if day > first else None,
        following=add_months(day, 1) if day < last else None,
    )


def registrations_of(user):
    return (
        Registration.objects.filter(user=user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .select_related("event")
        .order_by("-event__start")
    )


def registration_of(user, event: Event) -> Registration | None:
    """The person's registration to ``event`` that is not cancelled, if any."""
    if not user.is_authenticated:
        return None
    return (
        Registration.objects.filter(event=event.source, user=user)
        .exclude(status=RegistrationStatus.CANCELLED)
        .first()
    )


def own_registrations(user):
    """The registrations of the person's account, latest first (the API's list)."""
    if not user.is_authenticated:
        return Registration.objects.none()
    return (
        Registration.objects.filter(user=user)
        .select_related("event")
        .order_by("-created_at")
    )


def desk_registrations(event: Event):
    """Every registration of ``event`` in the order of the organisers' desk."""
    return Registration.objects.filter(event=event.source).order_by(
        "status", "waiting_since", "created_at"
    )


def registration_counts(event: Event) -> dict:
    """Seats given, waiting list, attendance, cancellations, unconfirmed emails."""
    return Registration.objects.filter(event=event.source).aggregate(
        registered=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=RegistrationStatus.WAITING)),
        attended=Count(
            "pk", filter=Q(status=RegistrationStatus.CONFIRMED, attended=True)
        ),
        cancelled=Count("pk", filter=Q(status=RegistrationStatus.CANCELLED)),
        unverified=Count("pk", filter=Q(status=RegistrationStatus.UNVERIFIED)),
    )
