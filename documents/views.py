"""The document library: list with facets, sort and pages; document details."""

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render
from django.utils import translation

from documents import queries
from documents.models import Category, FileLanguage

PAGE_SIZE = 12


def _querystring(params, drop=("page",)) -> str:
    copy = params.copy()
    for key in drop:
        copy.pop(key, None)
    return copy.urlencode()


def document_list(request):
    base = queries.published().select_related("collection").prefetch_related("tags")
    qs, chosen = queries.filter_documents(base, request.GET)
    facets = queries.facet_counts(qs, tags_language=translation.get_language())
    text, sort = queries.search_and_sort(request.GET)
    qs = queries.apply_search_and_sort(qs, request.GET)
    page = Paginator(qs, PAGE_SIZE).get_page(request.GET.get("page"))
    selected = {k: {str(v) for v in vs} for k, vs in chosen.items()}
    facet_groups = [
        (name, label, [(v, lab, n, v in selected.get(name, ())) for v, lab, n in rows])
        for name, label, rows in (
            ("category", Category, facets["category"]),
            ("year", None, facets["year"]),
            ("language", FileLanguage, facets["language"]),
            ("tag", None, facets["tag"]),
        )
    ]
    return render(
        request,
        "library/document_list.html",
        {
            "page_obj": page,
            "documents": page.object_list,
            "facet_groups": facet_groups,
            "q": text,
            "sort": sort,
            "sorts": queries.SORTS,
            "querystring": _querystring(request.GET),
            "filtered": any(chosen.values()) or bool(text),
        },
    )


def document_detail(request, pk: int):
    document = get_object_or_404(
        queries.published().select_related("collection").prefetch_related("tags"),
        pk=pk,
    )
    return render(
        request,
        "library/document_detail.html",
        {
            "document": document,
            "related": queries.related_documents(document),
            "related_pages": queries.related_pages(document).specific(),
        },
    )
