"""Comments: the public threads, writing and reporting them."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.antiabuse import idempotent
from core.permissions import RulesPermission

from .. import queries, services
from ..serializers import (
    CommentCreateSerializer,
    CommentSerializer,
    FlagSerializer,
)
from .contributions import report


class CommentViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Public comment threads; writing needs an account."""

    serializer_class = CommentSerializer
    permission_classes = [RulesPermission]
    rules = {
        "list": None,
        "retrieve": None,
        "create": "consultations.comment",
        "report": "consultations.flag",
    }

    def get_queryset(self):
        params = self.request.query_params
        if self.action in ("retrieve", "report"):
            return queries.published_comments().select_related("author")
        qs = queries.comment_threads()
        if params.get("consultation", "").isdigit():
            qs = queries.of_consultation(qs, params["consultation"])
        if params.get("contribution", "").isdigit():
            qs = qs.filter(contribution_id=params["contribution"])
        return qs.order_by("created_at", "pk")

    def list(self, request, *args, **kwargs):
        """Threads: first comments, each with its replies nested (``replies``)."""
        page = self.paginate_queryset(self.get_queryset())
        data = CommentSerializer(queries.with_replies(page), many=True).data
        return self.get_paginated_response(data)

    @extend_schema(request=CommentCreateSerializer, responses={201: CommentSerializer})
    @idempotent
    def create(self, request, *args, **kwargs):
        serializer = CommentCreateSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        comment = services.comment_create(
            user=request.user,
            body=data["body"],
            consultation=data.get("consultation"),
            contribution=data.get("contribution"),
            parent=data.get("parent"),
        )
        return Response(
            CommentSerializer(comment).data,
            status=status.HTTP_200_OK if comment.duplicate else status.HTTP_201_CREATED,
        )

    @extend_schema(request=FlagSerializer, responses={201: None})
    @action(detail=True, methods=["post"])
    @idempotent
    def report(self, request, pk=None):
        return report(request, comment=self.get_object())
