"""What calls for applications tell the people who follow them (``core.activity``).

A call has no theme nor region: it fills the seats of a governance body (the
steering committee, for instance). Who would expect to hear of it are the people
who follow that body, on its page: they are told, by ``due(now)``, when one of the
body's published calls opens for applications (once per call).
"""

from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import activity

from .models import Call


def _link(call, language: str) -> str:
    with translation.override(language):
        return call.get_absolute_url()


def _describe_opened(call, data) -> str:
    return gettext("A call for applications is open: “%(title)s”.") % {
        "title": call.title
    }


KINDS = [
    activity.Kind(
        name="calls.opened",
        label=_("A call for applications of a body I follow opens"),
        describe=_describe_opened,
        link=_link,
    ),
]


def due(now) -> int:
    """Tell the followers of its body that a published call opened (once each).

    A call is told while it is open, however late it was published: its
    deadline is what matters to those who may apply."""
    opened = (
        Call.objects.published()
        .filter(opens_at__lte=now, closes_at__gt=now)
        .select_related("body")
    )
    count = 0
    for call in opened:
        activity.publish(
            kind="calls.opened",
            target=call,
            key=f"calls.opened:{call.pk}",
            followed=[call.body],
        )
        count += 1
    return count
