"""Consultations: the public ones in a language, their lists, filters, themes
and the row shown at an address."""

import hashlib

from django.db.models import (
    Min,
    Q,
    QuerySet,
)
from django.utils import timezone, translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale

from core.cache import fragment

from ..models import (
    Consultation,
    Region,
    Status,
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

    __slots__ = (*_LISTED, "contribution_count", "card_key")

    def __init__(self, row):
        for name, value in zip(_LISTED, row, strict=True):
            setattr(self, name, value)
        self.contribution_count = 0
        self.card_key = ""  # its stored card's, for the site's list

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
