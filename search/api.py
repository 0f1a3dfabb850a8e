"""REST endpoint of the search (/api/search/): the same parameters and results as
the search page."""

from django.urls import path
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.views import APIView

from core.cache import depends_on

from .engines import FACETS
from .services import SEARCH_SCOPE, parse_query, search_run


def hit_data(hit) -> dict:
    return {
        "type": hit.source,
        "id": hit.object_id,
        "locale": hit.locale,
        "title": hit.title,
        "title_html": str(hit.title_html),
        "url": hit.url,
        "date": hit.date.isoformat() if hit.date else None,
        "summary": hit.summary,
        "snippet": str(hit.snippet),
        "facets": hit.facets,
        "score": round(hit.score, 4),
    }


class SearchView(APIView):
    permission_classes = [AllowAny]

    @extend_schema(
        parameters=[
            OpenApiParameter("q", str, description="the words searched"),
            OpenApiParameter("locale", str, enum=["ar", "fr", "en"]),
            OpenApiParameter("sort", str, enum=["relevance", "date"]),
            OpenApiParameter("page", int),
            OpenApiParameter("page_size", int),
            *[
                OpenApiParameter(name, str, many=True)
                for name in FACETS
                if name != "locale"
            ],
        ],
        responses={200: dict},
        description=(
            "Searches everything public. `count` is exact up to the server's "
            "SEARCH_EXACT_LIMIT (1,000 by default); when more entries match, "
            "`total_is_estimate` is true, `count` is that limit (read it as "
            '"more than"), the pages reach that far and the facet counts are '
            "counted over those first results (in the order asked for)."
        ),
    )
    def get(self, request):
        depends_on(SEARCH_SCOPE)  # the engine's own tables, see services
        query = parse_query(request.query_params)
        results = search_run(query)
        return Response(
            {
                "count": results.total,
                "total_is_estimate": results.total_is_estimate,
                "page": query.page,
                "pages": results.pages,
                "page_size": query.page_size,
                "query": query.text,
                "locale": query.locale or None,
                "sort": query.sort,
                "results": [hit_data(h) for h in results.hits],
                "facets": {
                    name: [{"value": v, "count": n} for v, n in rows]
                    for name, rows in results.facets.items()
                },
                "suggestions": results.suggestions,
            }
        )


urlpatterns = [path("search/", SearchView.as_view(), name="api-search")]
