"""What several test modules of events do: start an event for check-in."""

import datetime

from django.utils import timezone

from events.models import Event


def under_way(event: Event, *, minutes: int = 10) -> Event:
    """Move ``event`` (registrations kept) to have started ``minutes`` ago."""
    start = timezone.now() - datetime.timedelta(minutes=minutes)
    Event.objects.filter(translation_key=event.translation_key).update(
        start=start, end=start + datetime.timedelta(hours=3), registration_deadline=None
    )
    event.refresh_from_db()
    event.__dict__.pop("_source_row", None)  # the cached source has the old dates
    return event
