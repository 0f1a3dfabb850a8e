"""What working groups tell the people who follow them (``core.activity``): a news
post and a decision, when first published (``services.records``). Events' changes
are told by the events module, to the followers of the organising group."""

from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import activity


def _link(record, language: str) -> str:
    with translation.override(language):
        return record.get_absolute_url()


def _group_name(record) -> str:
    return activity.localized(record.group).name


def _describe_news(news, data) -> str:
    return gettext("News from “%(group)s”: “%(title)s”.") % {
        "group": _group_name(news),
        "title": news.title,
    }


def _describe_decision(decision, data) -> str:
    return gettext("“%(group)s” recorded a decision: %(decision)s") % {
        "group": _group_name(decision),
        "decision": decision.wording[:140],
    }


KINDS = [
    activity.Kind(
        name="working_groups.news",
        label=_("News from a working group I follow"),
        describe=_describe_news,
        link=_link,
        default="daily",
    ),
    activity.Kind(
        name="working_groups.decision",
        label=_("A decision of a working group I follow"),
        describe=_describe_decision,
        link=_link,
    ),
]
