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

from .models import (
    Comment,
    CommentStatus,
    Consultation,
    Contribution,
    ContributionKind,
    ContributionLanguage,
    ContributionStatus,
    Region,
    Status,
)


def consultations_in_language(language: str | None = None) -> QuerySet[Consultation]:
    """Consultations shown in one language (its translation, else the original)."""
    language = language or translation.get_language() or "ar"
    qs = Consultation.objects.select_related("locale")
    locale = Locale.objects.filter(language_code=language).first()
    if locale is None:
        return qs
    translated_keys = Consultation.objects.filter(locale=locale).values(
        "translation_key"
    )
    originals = Consultation.objects.values("translation_key").annotate(first=Min("pk"))
    return qs.filter(
        Q(locale=locale)
        | (
            ~Q(translation_key__in=translated_keys)
            & Q(pk__in=originals.values("first"))
        )
    )


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


def public_contribution_list(consultation: Consultation) -> QuerySet[Contribution]:
    """A consultation's public contributions, with what lists show, in few queries."""
    return (
        published_contributions()
        .filter(consultation=consultation.original)
        .select_related("author", "answer")
        .annotate(
            support_count=Count("supports", distinct=True),
            comment_count=Count(
                "comments",
                filter=Q(comments__status=CommentStatus.PUBLISHED),
                distinct=True,
            ),
        )
        .order_by("-published_at", "-pk")
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
        qs = qs.filter(consultation=consultation.original)
    if contribution is not None:
        qs = qs.filter(contribution=contribution)
    replies = published_comments().select_related("author").order_by("created_at")
    return qs.select_related("author").prefetch_related(
        Prefetch("replies", queryset=replies, to_attr="public_replies")
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
        .filter(consultation=consultation.original)
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


def own_contributions(user) -> QuerySet[Contribution]:
    return (
        Contribution.objects.filter(author=user)
        .select_related("consultation", "consultation__locale", "answer")
        .order_by("-submitted_at")
    )
