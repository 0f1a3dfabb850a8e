"""REST endpoints of the library (/api/documents/), registered on core.api.router.

The same filters as the library page (category, year, language, tag, q), with
facet counts beside the paginated results. Documents of restricted collections
never appear.
"""

from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import viewsets
from rest_framework.response import Response

from core.api import router
from core.permissions import RulesPermission

from . import queries
from .serializers import DocumentDetailSerializer, DocumentSerializer

FILTER_PARAMS = [
    OpenApiParameter("category", str, many=True),
    OpenApiParameter("language", str, many=True),
    OpenApiParameter("year", int, many=True),
    OpenApiParameter("tag", str, many=True, description="tag slug"),
    OpenApiParameter("q", str, description="words of the title, summary or text"),
    OpenApiParameter("sort", str, enum=["date", "title", "relevance"]),
]


class DocumentViewSet(viewsets.ReadOnlyModelViewSet):
    serializer_class = DocumentSerializer
    filter_backends: list = []
    permission_classes = [RulesPermission]
    rules = {"list": None, "retrieve": None}  # public documents only

    def get_queryset(self):
        return (
            queries.published()
            .select_related("collection")
            .prefetch_related("tags")
            .order_by("-publication_date", "-pk")
        )

    def get_serializer_class(self):
        return (
            DocumentDetailSerializer
            if self.action == "retrieve"
            else DocumentSerializer
        )

    @extend_schema(parameters=FILTER_PARAMS)
    def list(self, request, *args, **kwargs):
        qs, _chosen = queries.filter_documents(
            self.get_queryset(), request.query_params
        )
        qs = queries.apply_search_and_sort(qs, request.query_params)
        page = self.paginate_queryset(qs)
        response = self.get_paginated_response(
            self.get_serializer(page, many=True).data
        )
        response.data["facets"] = {
            name: [{"value": v, "label": label, "count": n} for v, label, n in rows]
            for name, rows in queries.facet_counts(qs).items()
        }
        return response

    def retrieve(self, request, *args, **kwargs):
        return Response(self.get_serializer(self.get_object()).data)


router.register("documents", DocumentViewSet, basename="library-document")
