"""Reads of the library: what the public may see, filtered and counted."""

from django.db.models import Count, Q, QuerySet
from django.db.models.functions import ExtractYear
from taggit.models import Tag
from wagtail.models import Collection, CollectionViewRestriction

from .models import Category, ExtractionStatus, FileLanguage, LibraryDocument

SORTS = ("date", "relevance", "title")


def restricted_collection_ids() -> set[int]:
    """Collections under a view restriction, descendants included."""
    ids: set[int] = set()
    for restriction in CollectionViewRestriction.objects.select_related("collection"):
        collection = restriction.collection
        ids.add(collection.pk)
        ids.update(
            Collection.objects.descendant_of(collection).values_list("pk", flat=True)
        )
    return ids


def is_public(document: LibraryDocument) -> bool:
    return not document.collection.get_view_restrictions().exists()


def published() -> QuerySet[LibraryDocument]:
    """Documents anyone may see: not in a restricted collection."""
    return LibraryDocument.objects.exclude(
        collection_id__in=restricted_collection_ids()
    )


def filter_documents(qs, params) -> tuple[QuerySet, dict]:
    """Apply the library's filters (category, year, language, tag, q)."""
    chosen = {
        "category": [v for v in params.getlist("category") if v in Category.values],
        "language": [v for v in params.getlist("language") if v in FileLanguage.values],
        "year": [int(v) for v in params.getlist("year") if v.isdigit()],
        "tag": [v[:100] for v in params.getlist("tag") if v][:5],
    }
    if chosen["category"]:
        qs = qs.filter(category__in=chosen["category"])
    if chosen["language"]:
        qs = qs.filter(language__in=chosen["language"])
    if chosen["year"]:
        qs = qs.filter(publication_date__year__in=chosen["year"])
    for tag in chosen["tag"]:
        qs = qs.filter(tags__slug=tag)
    return qs, chosen


def facet_counts(
    qs, *, tags_language: str | None = None
) -> dict[str, list[tuple[str, str, int]]]:
    """(value, label, count) per facet, over the filtered documents.

    A document's tags are words of its language: with ``tags_language`` (the
    reader's), the tags counted are those of the documents in that language only.
    """
    ids = qs.values("pk")
    tagged = qs.filter(language=tags_language).values("pk") if tags_language else ids
    base = LibraryDocument.objects.filter(pk__in=ids)
    categories = dict(Category.choices)
    languages = dict(FileLanguage.choices)
    result = {
        "category": [
            (
                row["category"],
                str(categories.get(row["category"], row["category"])),
                row["n"],
            )
            for row in base.values("category")
            .annotate(n=Count("pk"))
            .order_by("-n", "category")
        ],
        "language": [
            (
                row["language"],
                str(languages.get(row["language"], row["language"])),
                row["n"],
            )
            for row in base.values("language")
            .annotate(n=Count("pk"))
            .order_by("-n", "language")
        ],
        "year": [
            (str(row["y"]), str(row["y"]), row["n"])
            for row in base.exclude(publication_date=None)
            .annotate(y=ExtractYear("publication_date"))
            .values("y")
            .annotate(n=Count("pk"))
            .order_by("-y")
        ],
        "tag": [
            (row["slug"], row["name"], row["n"])
            for row in Tag.objects.filter(
                taggit_taggeditem_items__content_type__model="librarydocument",
                taggit_taggeditem_items__object_id__in=tagged,
            )
            .values("slug", "name")
            .annotate(n=Count("pk"))
            .order_by("-n", "name")[:30]
        ],
    }
    return result


def related_documents(document: LibraryDocument, *, limit: int = 5):
    """Documents sharing tags, related pages or the category, most shared first."""
    tag_ids = list(document.tags.values_list("pk", flat=True))
    page_ids = list(document.related_pages.values_list("pk", flat=True))
    qs = published().exclude(pk=document.pk)
    shared = Q(category=document.category)
    if tag_ids:
        shared |= Q(tags__in=tag_ids)
    if page_ids:
        shared |= Q(related_pages__in=page_ids)
    return (
        qs.filter(shared)
        .annotate(
            score=Count("tags", filter=Q(tags__in=tag_ids), distinct=True)
            + Count(
                "related_pages", filter=Q(related_pages__in=page_ids), distinct=True
            )
        )
        .order_by("-score", "-publication_date", "-pk")
        .prefetch_related("tags")[:limit]
    )


def related_pages(document: LibraryDocument):
    """The pages the document is attached to that the public may see."""
    return document.related_pages.live().public()


def search_and_sort(params) -> tuple[str, str]:
    """The words searched and the order asked for: relevance with words, the date
    without (an unknown order is the date)."""
    text = (params.get("q") or "").strip()[:200]
    sort = params.get("sort") or ("relevance" if text else "date")
    return text, sort if sort in SORTS else "date"


def apply_search_and_sort(qs, params):
    """Words searched through the site search (Arabic- and French-aware), then the
    order: relevance (with words), date (the default) or title."""
    from django.db.models import Case, IntegerField, When

    from search.services import Query, search_run

    text, sort = search_and_sort(params)
    if text:
        results = search_run(
            Query(text=text, filters={"type": ["document"]}, page_size=1000)
        )
        ids = [int(h.object_id) for h in results.hits]
        qs = qs.filter(pk__in=ids)
        if sort == "relevance":
            return qs.order_by(
                Case(
                    *[When(pk=pk, then=i) for i, pk in enumerate(ids)],
                    output_field=IntegerField(),
                ),
                "-pk",
            )
    if sort == "title":
        return qs.order_by("title", "-pk")
    return qs.order_by("-publication_date", "-pk")


def extraction_progress(*, limit: int = 200) -> dict:
    """Where text extraction stands: counts by status, the share processed, and
    the documents waiting, scanned or failed (newest first)."""
    counts = dict(
        LibraryDocument.objects.values_list("extraction_status")
        .annotate(n=Count("pk"))
        .values_list("extraction_status", "n")
    )
    total = sum(counts.values())
    finished = total - counts.get(ExtractionStatus.PENDING, 0)
    return {
        "statuses": [
            (value, label, counts.get(value, 0))
            for value, label in ExtractionStatus.choices
        ],
        "total": total,
        "finished": finished,
        "percent": round(100 * finished / total) if total else 100,
        "documents": LibraryDocument.objects.exclude(
            extraction_status=ExtractionStatus.DONE
        ).order_by("-created_at")[:limit],
    }
