"""iCalendar (RFC 5545) for one event, a whole calendar, and an invitation."""

import datetime

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, vCalAddress, vText
from icalendar import Event as VEvent

from .links import event_url
from .models import Event, Registration

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


def _uid(event: Event) -> str:
    return f"event-{event.source.pk if event.pk else 0}@sharaka"


def _vevent(event: Event, *, url: str, include_online_link: bool = False) -> VEvent:
    vevent = VEvent()
    vevent.add("uid", _uid(event))
    vevent.add("dtstamp", timezone.now().astimezone(datetime.UTC))
    vevent.add("dtstart", event.start.astimezone(datetime.UTC))
    vevent.add("dtend", event.end.astimezone(datetime.UTC))
    vevent.add("summary", event.title)
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
    cal = _calendar(event.title)
    cal.add_component(_vevent(event, url=url))
    return cal.to_ical()


def calendar_feed(events, *, name: str, url_for) -> bytes:
    cal = _calendar(name)
    for event in events:
        cal.add_component(_vevent(event, url=url_for(event)))
    return cal.to_ical()


def registration_ics(registration: Registration) -> str:
    """The invitation attached to confirmation emails (with the online link)."""
    event = registration.event
    cal = _calendar(event.title, method="REQUEST")
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
