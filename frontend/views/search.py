"""The site search page: every public thing, in every language, one box."""

from django.conf import settings
from django.shortcuts import render

from search import registry
from search.engines import FACETS
from search.services import parse_query, search_run


def _labels():
    from django.utils.translation import gettext as _

    from cms.models import NewsKind
    from documents.models import Category

    types = {s.name: str(s.label or s.name) for s in registry.sources()}
    return {
        "type": types,
        "locale": dict(settings.LANGUAGES) | {"multi": _("Several languages")},
        "category": {**dict(Category.choices), **dict(NewsKind.choices)},
    }


def search_page(request):
    query = parse_query(request.GET)
    results = search_run(query) if (query.text or query.filters) else None
    labels = _labels()
    facet_groups = []
    if results:
        chosen = {k: set(v) for k, v in query.filters.items()}
        if query.locale:
            chosen["locale"] = {query.locale}
        for name in FACETS:
            rows = results.facets.get(name, [])
            if rows:
                facet_groups.append(
                    (
                        name,
                        [
                            (
                                v,
                                str(labels.get(name, {}).get(v, v)),
                                n,
                                v in chosen.get(name, ()),
                            )
                            for v, n in rows
                        ],
                    )
                )
    for hit in results.hits if results else ():
        hit.type_label = labels["type"].get(hit.source, hit.source)
    copy = request.GET.copy()
    copy.pop("page", None)
    return render(
        request,
        "search/search.html",
        {
            "query": query,
            "results": results,
            "facet_groups": facet_groups,
            "type_labels": labels["type"],
            "querystring": copy.urlencode(),
            "has_previous": query.page > 1,
            "has_next": bool(results and query.page < results.pages),
        },
    )
