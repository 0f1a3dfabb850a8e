"""iCalendar (RFC 5545) for one event, a whole calendar, and an invitation."""

from django.conf import settings
from icalendar import Event as VEvent
from icalendar import vCalAddress, vText

from core import calendar as core_calendar
from core.calendar import new_calendar, new_vevent

from .links import event_url
from .models import Event, Registration


def _uid(event: Event) -> str:
    return f"event-{event.source.pk if event.pk else 0}@sharaka"


def _vevent(event: Event, *, url: str, include_online_link: bool = False) -> VEvent:
    vevent = new_vevent(
        uid=_uid(event),
        start=event.start,
        end=event.end,
        summary=event.title,
    )
    description = event.summary or event.description
    if include_online_link and event.online_url:
        description = f"{description}\n\n{event.online_url}".strip()
    if description:
        vevent.add("description", description)
    location = event.place or ("" if not include_online_link else event.online_url)
    if location:
        vevent.add("location", location)
    vevent.add("url", url)
    vevent.add("categories", [event.get_kind_display()])
    vevent.add("status", "CONFIRMED")
    return vevent


def event_feed(event: Event, *, url: str) -> bytes:
    cal = new_calendar(event.title)
    cal.add_component(_vevent(event, url=url))
    return cal.to_ical()


def calendar_feed(events, *, name: str, url_for) -> bytes:
    return core_calendar.calendar_feed(
        events, name=name, url_for=url_for, vevent=_vevent
    )


def registration_ics(registration: Registration) -> str:
    """The invitation attached to confirmation emails (with the online link)."""
    event = registration.event
    cal = new_calendar(event.title, method="REQUEST")
    vevent = _vevent(event, url=event_url(registration), include_online_link=True)
    organizer = vCalAddress(
        f"mailto:{settings.DEFAULT_FROM_EMAIL.split('<')[-1].strip('> ')}"
    )
    organizer.params["cn"] = vText("Sharaka")
    vevent.add("organizer", organizer)
    attendee = vCalAddress(f"mailto:{registration.email}")
    attendee.params["cn"] = vText(registration.name)
    attendee.params["partstat"] = vText("ACCEPTED")
    vevent.add("attendee", attendee)
    cal.add_component(vevent)
    return cal.to_ical().decode()
