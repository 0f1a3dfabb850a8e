"""What action plans tell the people who follow a commitment (or its plan)
(``core.activity``): a progress update the secretariat published."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import activity


def _describe(commitment, data) -> str:
    return gettext("New progress published on the commitment “%(title)s”.") % {
        "title": activity.localized(commitment).title
    }


def _link(commitment, language: str) -> str:
    return activity.url_in(commitment, language)


KINDS = [
    activity.Kind(
        name="action_plans.progress",
        label=_("Progress of a commitment I follow"),
        describe=_describe,
        link=_link,
        default="immediate",
    ),
]
