"""Published events in the site search (one entry per translation)."""

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from search.registry import Entry, Source, register

from .models import Event


def _event_entries(event: Event):
    if not event.is_published:
        return []
    code = event.locale.language_code
    with translation.override(code):
        return [
            Entry(
                source="event",
                object_id=str(event.pk),
                locale=code,
                title=event.title,
                body="\n".join([event.summary, event.description, event.place]),
                url=event.get_absolute_url(),
                date=timezone.localtime(event.start).date(),
                summary=event.summary,
                facets={"kind": [event.kind], "language": [event.language]},
            )
        ]


register(
    Source(
        name="event",
        model=Event,
        queryset=lambda: Event.objects.published().select_related("locale"),
        entries=_event_entries,
        label=_("Events and trainings"),
    )
)
