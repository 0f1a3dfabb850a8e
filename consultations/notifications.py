"""What consultations tell the people who follow them (``core.activity``).

Published by the services: a reply to one's comment (comments), an official answer
(answers), a contribution's new status (moderation), a close-out (closeout); and,
by ``due(now)``, a consultation that opened in a theme or a region people follow.
"""

from datetime import timedelta

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import activity

from .models import Consultation, ContributionStatus, Status

# A consultation that opened longer ago than this is no news any more.
OPENED_WINDOW = timedelta(days=7)


def _title(consultation) -> str:
    return activity.localized(consultation).title


def _consultation_link(consultation, language: str) -> str:
    return consultation.get_url_path(language)


def _contribution_link(contribution, language: str) -> str:
    return contribution.get_url_path(language)


def _comment_link(comment, language: str) -> str:
    thing = comment.contribution or comment.consultation
    return f"{thing.get_url_path(language).split('#')[0]}#comment-{comment.pk}"


def _describe_opened(consultation, data) -> str:
    return gettext("A new consultation is open: “%(title)s”.") % {
        "title": _title(consultation)
    }


def _describe_reply(comment, data) -> str:
    return gettext("%(name)s replied to your comment.") % {
        "name": comment.public_author
    }


def _describe_answer(contribution, data) -> str:
    return gettext("The contribution “%(title)s” received an official answer.") % {
        "title": contribution.title
    }


def _describe_status(contribution, data) -> str:
    status = ContributionStatus(data.get("status", contribution.status)).label
    return gettext("The contribution “%(title)s” is now: %(status)s.") % {
        "title": contribution.title,
        "status": status,
    }


def _describe_closeout(consultation, data) -> str:
    return gettext("The results of the consultation “%(title)s” are published.") % {
        "title": _title(consultation)
    }


KINDS = [
    activity.Kind(
        name="consultations.opened",
        label=_("A new consultation in a theme or region I follow"),
        describe=_describe_opened,
        link=_consultation_link,
        default="weekly",
    ),
    activity.Kind(
        name="consultations.reply",
        label=_("A reply to my comment"),
        describe=_describe_reply,
        link=_comment_link,
    ),
    activity.Kind(
        name="consultations.answer",
        label=_("An official answer to a contribution I follow"),
        describe=_describe_answer,
        link=_contribution_link,
    ),
    activity.Kind(
        name="consultations.status",
        label=_("A new status of a contribution I follow"),
        describe=_describe_status,
        link=_contribution_link,
        default="daily",
    ),
    activity.Kind(
        name="consultations.closeout",
        label=_("The results of a consultation I follow"),
        describe=_describe_closeout,
        link=_consultation_link,
    ),
]


def themes(consultation) -> list[str]:
    """The theme keys of a consultation: the tags of every row of its set."""
    slugs = Consultation.objects.filter(
        translation_key=consultation.translation_key
    ).values_list("tags__slug", flat=True)
    return sorted({activity.topic("theme", s) for s in slugs if s})


def regions(consultation) -> list[str]:
    """The region key of a consultation, if it has a region (national ones have
    none: they are told to the followers of their themes)."""
    if not consultation.region:
        return []
    return [activity.topic("region", consultation.region)]


def due(now) -> int:
    """Tell the followers of its themes and of its region that a consultation
    opened (once each, however many of them they follow)."""
    opened = (
        Consultation.objects.sources()
        .filter(is_general_box=False, opens_at__lte=now)
        .filter(opens_at__gt=now - OPENED_WINDOW, closes_at__gt=now)
    )
    count = 0
    for consultation in opened:
        if consultation.status_at(now) != Status.OPEN:
            continue
        activity.publish(
            kind="consultations.opened",
            target=consultation,
            key=f"consultations.opened:{consultation.pk}",
            followed=themes(consultation) + regions(consultation),
        )
        count += 1
    return count


def topics(language: str) -> list[tuple[str, str]]:
    """The themes people may follow: the consultations' tags in ``language``."""
    from .models import ConsultationTag

    rows = (
        ConsultationTag.objects.filter(content_object__locale__language_code=language)
        .values_list("tag__slug", "tag__name")
        .distinct()
        .order_by("tag__name")
    )
    return [(activity.topic("theme", slug), name) for slug, name in rows]
