"""Reads and visibility: the one definition of what the public may see.

``published_contributions()`` is used by the API, the pages, the exports, the
feeds and the search index alike, so that nothing private leaks through one door
that another one closes.
"""

import datetime
from collections import Counter, OrderedDict

from django.db.models import Count, Min, Prefetch, Q, QuerySet
from django.utils import timezone, translation
from wagtail.models import Locale

from core import modules

from .models import (
    Comment,
    CommentStatus,
    Consultation,
    Contribution,
    ContributionKind,
    ContributionLanguage,
    ContributionStatus,
    ModerationAction,
    Region,
    Status,
    Support,
)


def consultations_in_language(language: str | None = None) -> QuerySet[Consultation]:
    """Consultations shown in one language (its translation, else the source row)."""
    language = language or translation.get_language() or "ar"
    qs = Consultation.objects.select_related("locale")
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return qs
    translated_keys = Consultation.objects.filter(locale=locale).values(
        "translation_key"
    )
    sources = Consultation.objects.values("translation_key").annotate(first=Min("pk"))
    return qs.filter(
        Q(locale=locale)
        | (~Q(translation_key__in=translated_keys) & Q(pk__in=sources.values("first")))
    )


def consultation_list(
    *, language: str | None = None, status: str = "", theme: str = ""
) -> QuerySet[Consultation]:
    """The consultations of the site's and the API's lists, filtered alike."""
    qs = consultations_in_language(language)
    if status in Status.values:
        qs = with_status(qs, status)
    if theme:
        qs = qs.filter(
            translation_key__in=Consultation.objects.filter(tags__slug=theme).values(
                "translation_key"
            )
        )
    return qs.prefetch_related("tags")


def themes(language: str | None = None, *, limit: int = 30):
    """The most used themes of the consultations shown in one language.

    Each translation is tagged in its own language's words.
    """
    language = language or translation.get_language() or "ar"
    shown = consultations_in_language(language).filter(
        is_general_box=False, locale__language_code=language
    )
    return Consultation.tags.most_common(
        extra_filters={"consultation__in": shown}
    ).order_by("name")[:limit]


def translation_in(
    consultation: Consultation, language: str | None = None
) -> Consultation:
    """The consultation's translation in ``language``, else the consultation."""
    language = language or translation.get_language()
    found = (
        Consultation.objects.filter(
            translation_key=consultation.translation_key,
            locale__language_code=language,
        )
        .select_related("locale")
        .first()
    )
    return found or consultation


def source_consultations() -> QuerySet[Consultation]:
    """One row per consultation (its source row), for choosing a consultation."""
    return Consultation.objects.sources().order_by("-opens_at")


def with_status(qs: QuerySet[Consultation], status: str) -> QuerySet[Consultation]:
    now = timezone.now()
    qs = qs.filter(is_general_box=False)
    if status == Status.UPCOMING:
        return qs.filter(opens_at__gt=now)
    if status == Status.OPEN:
        return qs.filter(opens_at__lte=now, closes_at__gt=now)
    if status == Status.CLOSED:
        return qs.filter(closes_at__lte=now)
    return qs


def consultation_for_slug(
    slug: str, language: str | None = None
) -> Consultation | None:
    return consultations_in_language(language).filter(slug=slug).first()


def published_contributions() -> QuerySet[Contribution]:
    """Contributions anyone may see: published and not hidden."""
    return Contribution.objects.filter(status=ContributionStatus.PUBLISHED)


def visible_contributions(user) -> QuerySet[Contribution]:
    """What ``user`` may open: published contributions, and all for moderators."""
    if user.has_perm("consultations.moderate"):
        return Contribution.objects.all()
    return published_contributions()


def with_counts(qs: QuerySet[Contribution]) -> QuerySet[Contribution]:
    """Contributions with what lists show (supports, public comments, the answer)."""
    return qs.select_related("author", "answer").annotate(
        support_count=Count("supports", distinct=True),
        comment_count=Count(
            "comments",
            filter=Q(comments__status=CommentStatus.PUBLISHED),
            distinct=True,
        ),
    )


def public_contribution_list(consultation: Consultation) -> QuerySet[Contribution]:
    """A consultation's public contributions, with what lists show, in few queries."""
    return with_counts(
        published_contributions().filter(consultation=consultation.source)
    ).order_by("-published_at", "-pk")


def of_consultation(qs: QuerySet, pk) -> QuerySet:
    """Contributions or comments of the consultation ``pk`` (any translation)."""
    return qs.filter(consultation=Consultation.objects.source_of(pk))


def filter_contributions(
    qs: QuerySet[Contribution], *, kind: str = "", language: str = "", region: str = ""
) -> QuerySet[Contribution]:
    """The filters of the site's and the API's lists; unknown values are ignored."""
    if kind in ContributionKind.values:
        qs = qs.filter(kind=kind)
    if language in ContributionLanguage.values:
        qs = qs.filter(language=language)
    if region:
        qs = qs.filter(region=region)
    return qs


def supported_ids(user, contribution_ids) -> set[int]:
    """Which of these contributions ``user`` supports (to offer a withdrawal)."""
    if not user.is_authenticated:
        return set()
    return set(
        Support.objects.filter(
            user=user, contribution_id__in=contribution_ids
        ).values_list("contribution_id", flat=True)
    )


def published_comments() -> QuerySet[Comment]:
    """Published comments on a consultation or on a public contribution."""
    return Comment.objects.filter(status=CommentStatus.PUBLISHED).filter(
        Q(contribution__isnull=True)
        | Q(contribution__status=ContributionStatus.PUBLISHED)
    )


def comment_threads(*, consultation=None, contribution=None) -> QuerySet[Comment]:
    """Top-level public comments with their public replies prefetched (threads)."""
    qs = published_comments().filter(parent__isnull=True)
    if consultation is not None:
        qs = qs.filter(consultation=consultation.source)
    if contribution is not None:
        qs = qs.filter(contribution=contribution)
    replies = published_comments().select_related("author").order_by("created_at")
    return qs.select_related("author").prefetch_related(
        Prefetch("replies", queryset=replies, to_attr="public_replies")
    )


def threads_by_contribution(contribution_ids) -> dict[int, list[Comment]]:
    """The comment threads of each of these contributions, in one query each."""
    threads = {}
    for comment in comment_threads().filter(contribution_id__in=contribution_ids):
        threads.setdefault(comment.contribution_id, []).append(comment)
    return threads


def comments_of(consultation: Consultation) -> QuerySet[Comment]:
    """Every comment on the consultation or on one of its contributions."""
    source = consultation.source
    return Comment.objects.filter(
        Q(consultation=source) | Q(contribution__consultation=source)
    )


def contribution_counts(translation_keys) -> dict:
    """Published contributions per consultation, keyed by translation key."""
    rows = (
        published_contributions()
        .filter(consultation__translation_key__in=list(translation_keys))
        .values("consultation__translation_key")
        .annotate(n=Count("pk"))
    )
    return {row["consultation__translation_key"]: row["n"] for row in rows}


def closeout_statistics(consultation: Consultation) -> dict:
    """Counts of the published contributions per kind, day, region and language."""
    rows = list(
        published_contributions()
        .filter(consultation=consultation.source)
        .values_list("kind", "submitted_at", "region", "language")
    )
    tz = timezone.get_current_timezone()
    per_kind = Counter(r[0] for r in rows)
    per_day = Counter(timezone.localtime(r[1], tz).date() for r in rows)
    per_region = Counter(r[2] for r in rows if r[2])
    per_language = Counter(r[3] for r in rows)
    days = OrderedDict()
    if per_day:
        day, last = min(per_day), max(per_day)
        while day <= last:
            days[day] = per_day.get(day, 0)
            day += datetime.timedelta(days=1)
    return {
        "total": len(rows),
        "per_kind": [(c.label, per_kind.get(c.value, 0)) for c in ContributionKind],
        "per_language": [
            (c.label, per_language.get(c.value, 0)) for c in ContributionLanguage
        ],
        "per_region": [
            (c.label, per_region[c.value]) for c in Region if per_region.get(c.value)
        ],
        "per_day": [(d, n) for d, n in days.items()],
    }


def answered_contributions(consultation: Consultation) -> QuerySet[Contribution]:
    """The published contributions that have an official answer (the close-out)."""
    return (
        published_contributions()
        .filter(consultation=consultation.source, answer__isnull=False)
        .select_related("answer")
        .order_by("pk")
    )


def own_contributions(user) -> QuerySet[Contribution]:
    return (
        Contribution.objects.filter(author=user)
        .select_related("consultation", "consultation__locale", "answer")
        .order_by("-submitted_at")
    )


# --- The moderation screens ----------------------------------------------------------


# The queue's default view: what waits for a moderator's decision.
TO_DECIDE = "to_decide"


def moderation_queue(
    *,
    consultation=None,
    kind: str = "",
    status: str = "",
    language: str = "",
    flagged: bool = False,
) -> QuerySet[Contribution]:
    """Contributions for moderators, oldest first, with their open reports counted.

    ``status=TO_DECIDE``: those waiting for moderation, and those hidden after
    reports until a moderator restores or rejects them.
    """
    qs = Contribution.objects.select_related("consultation", "author").annotate(
        open_flags=Count("flags", filter=Q(flags__resolved_at__isnull=True))
    )
    if consultation is not None:
        qs = qs.filter(consultation=consultation)
    if status == TO_DECIDE:
        qs = qs.filter(
            Q(status=ContributionStatus.PENDING_MODERATION)
            | Q(status=ContributionStatus.HIDDEN, open_flags__gt=0)
        )
        status = ""
    for field, value in (("kind", kind), ("status", status), ("language", language)):
        if value:
            qs = qs.filter(**{field: value})
    if flagged:
        qs = qs.filter(open_flags__gt=0)
    return qs.order_by("submitted_at", "pk")


def reported_comments(limit: int = 50) -> QuerySet[Comment]:
    """Comments with open reports, or hidden, newest first."""
    return (
        Comment.objects.annotate(
            open_flags=Count("flags", filter=Q(flags__resolved_at__isnull=True))
        )
        .filter(Q(open_flags__gt=0) | Q(status=CommentStatus.HIDDEN))
        .select_related("author")
        .order_by("-created_at")[:limit]
    )


def moderation_log() -> QuerySet[ModerationAction]:
    return ModerationAction.objects.select_related(
        "moderator", "contribution", "consultation", "comment"
    )


def contribution_links(contribution_ids) -> dict[int, list[tuple[str, str]]]:
    """What other modules say of each contribution, e.g. the commitment it fed.

    The extension point of the contribution's page: every module's
    ``extensions.contribution_links(ids)`` -> ``{pk: [(text, url), ...]}``, merged.
    Consultations knows none of those modules.
    """
    found: dict[int, list[tuple[str, str]]] = {}
    ids = list(contribution_ids)
    if not ids:
        return found
    for _config, provider in modules.attribute("extensions", "contribution_links"):
        for pk, links in provider(ids).items():
            found.setdefault(pk, []).extend(links)
    return found
