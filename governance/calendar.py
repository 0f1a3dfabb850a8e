"""iCalendar (RFC 5545) of meetings: one meeting, the feed of upcoming meetings,
and the invitation attached to the members' email (with the online link)."""

import datetime

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar
from icalendar import Event as VEvent

from .models import Meeting

PRODID = "-//Sharaka//Open Government Morocco//EN"


def _calendar(name: str, *, method: str | None = None) -> Calendar:
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    if method:
        cal.add("method", method)
    return cal


def _vevent(meeting: Meeting, *, url: str, online_link: bool = False) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", f"governance-meeting-{meeting.pk}@sharaka")
    vevent.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    vevent.add("dtstart", meeting.start.astimezone(datetime.UTC))
    vevent.add("dtend", meeting.end.astimezone(datetime.UTC))
    vevent.add("summary", meeting.title)
    agenda = [item.title for item in meeting.agenda_items.all()]
    description = "\n".join(filter(None, [meeting.summary, *agenda]))
    if online_link and meeting.online_url:
        description = f"{description}\n\n{meeting.online_url}".strip()
    if description:
        vevent.add("description", description)
    location = meeting.place or (meeting.online_url if online_link else "")
    if location:
        vevent.add("location", location)
    vevent.add("url", url)
    vevent.add("status", "CONFIRMED")
    return vevent


def meeting_feed(meeting: Meeting, *, url: str) -> bytes:
    cal = _calendar(meeting.title)
    cal.add_component(_vevent(meeting, url=url))
    return cal.to_ical()


def calendar_feed(meetings, *, name: str, url_for) -> bytes:
    cal = _calendar(name)
    for meeting in meetings:
        cal.add_component(_vevent(meeting, url=url_for(meeting)))
    return cal.to_ical()


def invitation_ics(meeting: Meeting, *, url: str) -> str:
    """The invitation attached to members' emails, with the online link."""
    cal = _calendar(meeting.title, method="PUBLISH")
    cal.add_component(_vevent(meeting, url=url, online_link=True))
    return cal.to_ical().decode()
