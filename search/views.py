"""The site search page: every public thing, in every language, one box."""

from django.conf import settings
from django.shortcuts import render
from django.utils import translation

from core.cache import depends_on, shared_with_members
from search import registry
from search.engines import FACETS
from search.services import SEARCH_SCOPE, parse_query, search_run


def _labels() -> dict[str, dict[str, str]]:
    """Facet value labels: the languages', and those the sources declare."""
    from django.utils.translation import gettext as _

    labels = registry.facet_labels()
    labels["locale"] = dict(settings.LANGUAGES) | {"multi": _("Several languages")}
    return {
        facet: {k: str(v) for k, v in values.items()}
        for facet, values in labels.items()
    }


@shared_with_members
def search_page(request):
    depends_on(SEARCH_SCOPE)  # the engine's own tables, see services
    query = parse_query(request.GET)
    results = (
        search_run(query, tags_locale=translation.get_language() or "")
        if (query.text or query.filters)
        else None
    )
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
