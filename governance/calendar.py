"""iCalendar (RFC 5545) of meetings: one meeting, the feed of upcoming meetings,
and the invitation attached to the members' email (with the online link)."""

from icalendar import Event as VEvent

from core import calendar as core_calendar
from core.calendar import new_calendar, new_vevent

from .models import Meeting


def _vevent(meeting: Meeting, *, url: str, online_link: bool = False) -> VEvent:
    vevent = new_vevent(
        uid=f"governance-meeting-{meeting.pk}@sharaka",
        start=meeting.start,
        end=meeting.end,
        summary=meeting.title,
    )
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
    cal = new_calendar(meeting.title)
    cal.add_component(_vevent(meeting, url=url))
    return cal.to_ical()


def calendar_feed(meetings, *, name: str, url_for) -> bytes:
    return core_calendar.calendar_feed(
        meetings, name=name, url_for=url_for, vevent=_vevent
    )


def invitation_ics(meeting: Meeting, *, url: str) -> str:
    """The invitation attached to members' emails, with the online link."""
    cal = new_calendar(meeting.title, method="PUBLISH")
    cal.add_component(_vevent(meeting, url=url, online_link=True))
    return cal.to_ical().decode()
