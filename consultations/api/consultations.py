"""Consultations: the public list (each row stored once) and one consultation
with its contributions and comments."""

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import serializers, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.api import shared_representations
from core.cache import depends_on
from core.permissions import RulesPermission

from .. import queries
from ..models import (
    Consultation,
    ConsultationTag,
    Region,
    Status,
)
from ..serializers import (
    CommentSerializer,
    ConsultationDetailSerializer,
    ConsultationSerializer,
    ContributionFilterSerializer,
    ContributionSerializer,
)
from ..signals import COVERED, row_scope, scope
from .contributions import filter_contributions


class ConsultationViewSet(viewsets.ReadOnlyModelViewSet):
    """Public consultations in the requested language (``?locale=ar|fr|en``)."""

    # The same list for every citizen: served to them from the public cache.
    shared_with_members = ("list",)

    lookup_field = "slug"
    lookup_value_regex = "[^/]+"
    permission_classes = [RulesPermission]
    rules = {"list": None, "retrieve": None, "contributions": None, "comments": None}

    def get_queryset(self):
        params = self.request.query_params
        return queries.consultation_list(
            language=params.get("locale") or translation.get_language(),
            status=params.get("status", ""),
            theme=params.get("theme", ""),
            # On a consultation's own routes, ``region`` filters its contributions.
            region=params.get("region", "") if self.action == "list" else "",
        ).order_by("is_general_box", "-opens_at", "-pk")

    def get_serializer_class(self):
        if self.action == "retrieve":
            return ConsultationDetailSerializer
        return ConsultationSerializer

    @staticmethod
    def _depend_on(consultation):
        """The answer shows this consultation only: its scope covers it."""
        depends_on(scope(consultation.source.pk), instead_of=COVERED)
        return consultation

    def _with_counts(self, items, shared=True):
        keys = [c.translation_key for c in items]
        counts = queries.contribution_counts(keys, shared=shared)
        for item in items:
            item.contribution_count = counts.get(item.translation_key, 0)
        return items

    @extend_schema(
        parameters=[
            OpenApiParameter("status", enum=Status.values),
            OpenApiParameter("theme", description="A theme tag's slug"),
            OpenApiParameter("region", enum=[queries.NATIONAL, *Region.values]),
            OpenApiParameter("locale", enum=["ar", "fr", "en"]),
        ]
    )
    def list(self, request, *args, **kwargs):
        """Each consultation's representation is stored once for every reader
        (``shared_representations``) until the consultation changes; its status,
        which changes with time, and its count of contributions are added to
        each answer."""
        params = request.query_params
        region = params.get("region", "")
        if region and region not in (queries.NATIONAL, *Region.values):
            raise serializers.ValidationError(
                {"region": [_("Choose a region from the list.")]}
            )
        if params.get("status", "") not in ("", *Status.values):
            raise serializers.ValidationError({"status": [_("Choose from the list.")]})
        page = self.paginate_queryset(
            queries.listed_consultations(
                language=params.get("locale") or translation.get_language(),
                status=params.get("status", ""),
                theme=params.get("theme", ""),
                region=region,
            )
        )
        counts = queries.contribution_counts([c.translation_key for c in page])
        stored = shared_representations(
            "api-consultation",
            {c.pk: [row_scope(c.translation_key)] for c in page},
            queries.consultation_rows,
            lambda rows: ConsultationSerializer(rows, many=True).data,
            covered=[Consultation, ConsultationTag],
        )
        now = timezone.now()
        data = [
            {
                **stored[str(c.pk)],
                "status": c.status_at(now),
                "contribution_count": counts.get(c.translation_key, 0),
            }
            for c in page
            if str(c.pk) in stored
        ]
        return self.get_paginated_response(data)

    def retrieve(self, request, *args, **kwargs):
        consultation = self._depend_on(self.get_object())
        self._with_counts([consultation], shared=False)
        return Response(self.get_serializer(consultation).data)

    @extend_schema(
        parameters=[ContributionFilterSerializer],
        responses=ContributionSerializer(many=True),
    )
    @action(detail=True, methods=["get"])
    def contributions(self, request, slug=None):
        """The consultation's published contributions (withdrawn ones included,
        marked ``withdrawn``), newest first unless ``sort`` says otherwise."""
        consultation = self._depend_on(self.get_object())
        qs = filter_contributions(
            queries.public_contribution_list(consultation), request
        )
        page = self.paginate_queryset(qs)
        return self.get_paginated_response(ContributionSerializer(page, many=True).data)

    @extend_schema(responses=CommentSerializer(many=True))
    @action(detail=True, methods=["get"])
    def comments(self, request, slug=None):
        """The consultation's comment threads (first comments with their replies)."""
        consultation = self._depend_on(self.get_object())
        page = self.paginate_queryset(
            queries.comment_threads(consultation=consultation).order_by(
                "created_at", "pk"
            )
        )
        data = CommentSerializer(queries.with_replies(page), many=True).data
        return self.get_paginated_response(data)
