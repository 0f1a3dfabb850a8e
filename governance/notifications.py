"""What governance bodies tell the people who follow them (``core.activity``):
a meeting's agenda (with the invitation) and its minutes, published."""

from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import activity


def _link(meeting, language: str) -> str:
    with translation.override(language):
        return meeting.get_absolute_url()


def _describe_agenda(meeting, data) -> str:
    return gettext("The agenda of “%(title)s” is published.") % {"title": meeting.title}


def _describe_minutes(meeting, data) -> str:
    return gettext("The minutes and decisions of “%(title)s” are published.") % {
        "title": meeting.title
    }


KINDS = [
    activity.Kind(
        name="governance.agenda",
        label=_("The agenda of a meeting of a body I follow"),
        describe=_describe_agenda,
        link=_link,
    ),
    activity.Kind(
        name="governance.minutes",
        label=_("The minutes and decisions of a meeting of a body I follow"),
        describe=_describe_minutes,
        link=_link,
    ),
]
