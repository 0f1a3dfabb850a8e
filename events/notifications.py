"""What events tell the people who follow them, their organising working group, or
who registered (``core.activity``): a change of date, place or link, or a
cancellation. Events have no series: following the working group that organises
them is how one follows its events."""

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import activity


def _event_link(event, language: str) -> str:
    return activity.url_in(event, language)


def _list_link(event, language: str) -> str:
    with translation.override(language):
        return reverse("event_list")


def _describe_changed(event, data) -> str:
    return gettext("The event “%(title)s” changed: check its date and place.") % {
        "title": activity.localized(event).title
    }


def _describe_cancelled(event, data) -> str:
    return gettext("The event “%(title)s” is cancelled.") % {
        "title": activity.localized(event).title
    }


KINDS = [
    activity.Kind(
        name="events.changed",
        label=_("A change to an event I follow or joined"),
        describe=_describe_changed,
        link=_event_link,
    ),
    activity.Kind(
        name="events.cancelled",
        label=_("The cancellation of an event I follow or joined"),
        describe=_describe_cancelled,
        link=_list_link,
    ),
]
