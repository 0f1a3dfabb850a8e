"""iCalendar (RFC 5545) pieces every module's calendars share: the calendar's
header, an event's common fields, and a feed of many."""

import datetime
from collections.abc import Callable, Iterable

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as VEvent

PRODID = "-//Sharaka//Open Government Morocco//EN"


def new_calendar(name: str, *, method: str | None = None) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    if method:
        cal.add("method", method)
    return cal


def new_vevent(
    *, uid: str, start: datetime.datetime, end: datetime.datetime, summary: str
) -> VEvent:
    """An event with its identity and times in UTC (stamped now)."""
    vevent = VEvent()
    vevent.add("uid", uid)
    vevent.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    vevent.add("dtstart", start.astimezone(datetime.UTC))
    vevent.add("dtend", end.astimezone(datetime.UTC))
    vevent.add("summary", summary)
    return vevent


def calendar_feed(
    items: Iterable, *, name: str, url_for: Callable, vevent: Callable
) -> bytes:
    """One calendar of many items: ``vevent(item, url=url_for(item))`` each."""
    cal = new_calendar(name)
    for item in items:
        cal.add_component(vevent(item, url=url_for(item)))
    return cal.to_ical()
