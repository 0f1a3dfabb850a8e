"""Consultations and contributions: what is public, lists, sorts and counts.

``published_contributions()`` is used by the API, the pages, the exports, the
feeds and the search index alike, so that nothing private leaks through one door
that another one closes.
"""

import datetime
import hashlib
from collections import Counter, OrderedDict

from django.db.models import (
    Count,
    Exists,
    IntegerField,
    Min,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from core.cache import fragment
from working_groups import queries as organisations

from ..models import (
    Comment,
    CommentStatus,
    Consultation,
    Contribution,
    ContributionKind,
    ContributionLanguage,
    ContributionSort,
    ContributionStatus,
    Endorsement,
    Region,
    Status,
    Support,
)
from ..models.consultation import status_at

# The region filter's value for consultations of no region (national ones).
NATIONAL = "national"


def consultations_in_language(language: str | None = None) -> QuerySet[Consultation]:
    """Consultations shown in one language (its translation, else the source row)."""
    language = language or translation.get_language() or "ar"
    qs = Consultation.objects.select_related("locale")
    try:  # from the rows every request shares (core.cache.memo)
        locale = Locale.objects.get_for_language(language)
    except (Locale.DoesNotExist, LookupError):
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
    *,
    language: str | None = None,
    status: str = "",
    theme: str = "",
    region: str = "",
) -> QuerySet[Consultation]:
    """The consultations of the site's and the API's lists, filtered alike
    (``region``: a region's consultations; "national": those of no region)."""
    qs = consultations_in_language(language)
    if status in Status.values:
        qs = with_status(qs, status)
    if region == NATIONAL:
        qs = qs.filter(region="")
    elif region in Region.values:
        qs = qs.filter(region=region)
    if theme:
        qs = qs.filter(
            translation_key__in=Consultation.objects.filter(tags__slug=theme).values(
                "translation_key"
            )
        )
    return qs.prefetch_related("tags")


# What the lists read of every consultation before the page is cut: enough to
# sort, filter by status and page, and show what changes with time.
_LISTED = (
    "pk",
    "translation_key",
    "slug",
    "title",
    "opens_at",
    "closes_at",
    "is_general_box",
)


class Listed:
    """A consultation of a list before its card or representation is read (a
    stored one needs nothing more): its status is worked out for each answer."""

    __slots__ = (*_LISTED, "contribution_count")

    def __init__(self, row):
        for name, value in zip(_LISTED, row, strict=True):
            setattr(self, name, value)
        self.contribution_count = 0

    def status_at(self, moment) -> str:
        return status_at(self.opens_at, self.closes_at, self.is_general_box, moment)

    @property
    def status(self) -> str:
        return self.status_at(timezone.now())

    def get_status_display(self) -> str:
        return Status(self.status).label


def listed_consultations(
    *, language: str | None = None, status: str = "", theme: str = "", region: str = ""
) -> list[Listed]:
    """The consultations of the site's and the API's lists (the general box
    last), filtered alike, as ``Listed``.

    The list before the status filter is shared by every process until a
    consultation or a theme changes; the status, which changes with time, is
    filtered for each answer.
    """
    language = language or translation.get_language() or "ar"
    try:
        known = get_supported_content_language_variant(language)
    except LookupError:
        known = "*"  # no such language: every row, as consultations_in_language
    digest = hashlib.blake2b(theme.encode(), digest_size=12).hexdigest()

    def read() -> list[tuple]:
        qs = consultation_list(language=language, theme=theme, region=region)
        return list(
            qs.prefetch_related(None)
            .order_by("is_general_box", "-opens_at", "-pk")
            .values_list(*_LISTED)
        )

    rows = fragment("consultations-listed", read, known, region, digest)
    listed = [Listed(row) for row in rows]
    if status in Status.values:
        now = timezone.now()
        listed = [
            c for c in listed if not c.is_general_box and c.status_at(now) == status
        ]
    return listed


def consultation_rows(pks) -> QuerySet[Consultation]:
    """The consultations ``pks`` with what their card and representation show."""
    return (
        Consultation.objects.filter(pk__in=pks)
        .select_related("locale")
        .prefetch_related("tags")
    )


def theme_exists(slug: str) -> bool:
    """Whether some consultation is tagged with the theme ``slug``."""
    return Consultation.tags.filter(slug=slug).exists()


def themes(language: str | None = None, *, limit: int = 30) -> list:
    """The most used themes of the consultations shown in one language.

    Each translation is tagged in its own language's words.
    """
    language = language or translation.get_language() or "ar"

    def read() -> list:
        shown = consultations_in_language(language).filter(
            is_general_box=False, locale__language_code=language
        )
        return list(
            Consultation.tags.most_common(
                extra_filters={"consultation__in": shown}
            ).order_by("name")[:limit]
        )

    # The same for every reader: shared until a consultation or a tag changes.
    return fragment("consultation-themes", read, language, str(limit))


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


def shown_consultation(slug: str) -> Consultation | None:
    """``consultation_for_slug`` in the page's language, its source row read with
    it, shared until a consultation changes (editors' work): a consultation's
    page starts without a query."""
    language = translation.get_language() or "ar"

    def read() -> Consultation | None:
        found = consultation_for_slug(slug, language)
        if found is not None:
            found.source  # noqa: B018 - read once, stored with it
        return found

    digest = hashlib.blake2b(slug.encode(), digest_size=12).hexdigest()
    return fragment("consultation-at", read, language, digest)


def published_contributions() -> QuerySet[Contribution]:
    """Contributions anyone may see: published and not hidden."""
    return Contribution.objects.filter(status=ContributionStatus.PUBLISHED)


def visible_contributions(user) -> QuerySet[Contribution]:
    """What ``user`` may open: published contributions, and all for moderators."""
    if user.has_perm("consultations.moderate"):
        return Contribution.objects.all()
    return published_contributions()


def _count_of(model, **filters):
    """How many ``model`` rows point to the outer contribution: a correlated
    subquery, so that a page of 20 counts 20 contributions' rows, not every row of
    the consultation joined and grouped before the page is cut."""
    rows = (
        model.objects.filter(contribution=OuterRef("pk"), **filters)
        .order_by()
        .values("contribution")
        .annotate(n=Count("pk"))
        .values("n")[:1]
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def public_endorsements() -> Prefetch:
    """The organisations that endorse each contribution, as ``public_endorsements``."""
    endorsements = Endorsement.objects.select_related("organisation").order_by(
        "created_at", "pk"
    )
    return Prefetch(
        "endorsements", queryset=endorsements, to_attr="public_endorsements"
    )


def with_counts(qs: QuerySet[Contribution]) -> QuerySet[Contribution]:
    """Contributions with what lists show (supports, public comments, the answer,
    the organisations that endorse them as ``public_endorsements``)."""
    return (
        qs.select_related("author", "answer")
        .annotate(
            support_count=_count_of(Support),
            comment_count=_count_of(Comment, status=CommentStatus.PUBLISHED),
        )
        .prefetch_related(public_endorsements())
    )


def contribution_rows(pks) -> QuerySet[Contribution]:
    """The published contributions ``pks`` with what their representation
    shows (their author, answer and endorsements); one hidden meanwhile is not
    read."""
    return (
        published_contributions()
        .filter(pk__in=pks)
        .select_related("author", "answer")
        .prefetch_related(public_endorsements())
    )


def page_rows(consultation: Consultation, sort: str = "") -> QuerySet[Contribution]:
    """A consultation's public contributions as its page lists them: the rows
    only (with the count it is sorted by, if any); the page reads the support
    counts of the rows it shows (``support_counts``), the rest is read for the
    cards that are not stored."""
    qs = published_contributions().filter(consultation=consultation.source)
    if sort == ContributionSort.SUPPORTS:
        qs = qs.annotate(support_count=_count_of(Support))
    if sort == ContributionSort.COMMENTS:
        qs = qs.annotate(
            comment_count=_count_of(Comment, status=CommentStatus.PUBLISHED)
        )
    return qs


# The orders of the lists; each ends on a unique key so that pages never overlap.
SORTS = {
    ContributionSort.NEWEST: ("-published_at", "-pk"),
    ContributionSort.SUPPORTS: ("-support_count", "-published_at", "-pk"),
    ContributionSort.COMMENTS: ("-comment_count", "-published_at", "-pk"),
}


def sort_contributions(qs: QuerySet[Contribution], sort: str = "") -> QuerySet:
    """``qs`` (from ``with_counts``) in one of ``ContributionSort``'s orders
    (newest first by default)."""
    return qs.order_by(*SORTS.get(sort, SORTS[ContributionSort.NEWEST]))


def contribution_page(contribution: Contribution, per_page: int) -> int:
    """The page of its consultation's public list (newest first) that shows it."""
    newer = (
        published_contributions()
        .filter(consultation_id=contribution.consultation_id)
        .filter(
            Q(published_at__gt=contribution.published_at)
            | Q(published_at=contribution.published_at, pk__gt=contribution.pk)
        )
        .count()
    )
    return newer // per_page + 1


def endorsing_organisations(user) -> list:
    """The organisations ``user`` may endorse in the name of (the rule decides)."""
    if not user.is_authenticated:
        return []
    return [
        organisation
        for organisation in organisations.represented_organisations(user)
        if user.has_perm("consultations.endorse", organisation)
    ]


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


def support_counts(user, contribution_ids) -> dict[int, tuple[int, bool]]:
    """For each of these contributions that is still published: its supports and
    whether ``user`` supports it (to offer a withdrawal). One query, by primary
    key, which also keeps a stored list from showing a contribution hidden since."""
    qs = (
        Contribution.objects.filter(pk__in=contribution_ids)
        .order_by()
        .annotate(support_count=_count_of(Support))
    )
    if user.is_authenticated:
        mine = Support.objects.filter(contribution=OuterRef("pk"), user=user)
        qs = qs.annotate(supported=Exists(mine))
    else:
        qs = qs.annotate(supported=Value(False))
    rows = qs.values_list("pk", "status", "support_count", "supported")
    return {
        pk: (count, supported)
        for pk, status, count, supported in rows
        if status == ContributionStatus.PUBLISHED  # as published_contributions()
    }


def contribution_counts(translation_keys, *, shared: bool = True) -> dict:
    """Published contributions per consultation, keyed by translation key.

    ``shared``: for lists, the counts are kept in the shared cache until a
    contribution or a consultation changes (a comment or a support leaves them),
    so a list not cached yet does not count thousands of rows again. A page about
    one consultation passes ``shared=False``: it depends on that consultation's
    own scope, not on every contribution.
    """
    keys = sorted({str(key) for key in translation_keys})

    def count() -> dict:
        rows = (
            published_contributions()
            .filter(consultation__translation_key__in=keys)
            .values("consultation__translation_key")
            .annotate(n=Count("pk"))
        )
        return {str(r["consultation__translation_key"]): r["n"] for r in rows}

    if not shared or not keys:
        counts = count()
    else:
        digest = hashlib.blake2b("|".join(keys).encode(), digest_size=12)
        counts = fragment("contribution-counts", count, digest.hexdigest())
    return {key: counts[str(key)] for key in translation_keys if str(key) in counts}


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
    """The contributions sent from ``user``'s account (none for a visitor)."""
    if not user.is_authenticated:
        return Contribution.objects.none()
    return (
        Contribution.objects.filter(author=user)
        .select_related("consultation", "consultation__locale", "answer")
        .order_by("-submitted_at")
    )
