"""REST endpoints of the national action plans (on core.api's router).

Reads are public and show only what is public: public plans, their commitments
and milestones, published progress updates; the open data as JSON with its
schema. Focal points write progress updates and the secretariat reviews them,
through the same services as the site.
"""

import json

from django.shortcuts import get_object_or_404
from django.urls import path
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from drf_spectacular.openapi import AutoSchema
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action, api_view, permission_classes, schema
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from core.api import router
from core.permissions import RulesPermission
from core.translation import localized

from . import opendata, queries, services
from .models import Commitment, Plan
from .serializers import (
    CommitmentSerializer,
    PlanSerializer,
    ProgressUpdateInput,
    ProgressUpdateSerializer,
    ReviewInput,
)


class PlanViewSet(viewsets.ReadOnlyModelViewSet):
    """Public national action plans."""

    serializer_class = PlanSerializer
    permission_classes = [RulesPermission]
    rules = {"list": None, "retrieve": None}
    lookup_field = "slug"
    filter_backends = []

    def get_queryset(self):
        return queries.public_plans().order_by("-period__start")

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "language": get_language()}

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.get_queryset())
        plans = queries.with_texts(page, Plan)
        return self.get_paginated_response(self.get_serializer(plans, many=True).data)

    def retrieve(self, request, *args, **kwargs):
        plan = get_object_or_404(self.get_queryset(), slug=kwargs["slug"])
        plan.text = localized(plan)
        board = queries.dashboard(plan)
        data = self.get_serializer(plan).data
        data["completion"] = board.completion
        data["commitments"] = CommitmentSerializer(board.commitments, many=True).data
        return Response(data)


class CommitmentViewSet(viewsets.ReadOnlyModelViewSet):
    """Commitments of public plans, with their milestones (``plan`` filters)."""

    serializer_class = CommitmentSerializer
    permission_classes = [RulesPermission]
    rules = {"list": None, "retrieve": None}
    filter_backends = []

    def get_queryset(self):
        return (
            Commitment.objects.sources()
            .filter(plan__in=queries.public_plans())
            .order_by("plan__slug", "number")
        )

    @extend_schema(parameters=[OpenApiParameter("plan", description="Plan slug")])
    def list(self, request, *args, **kwargs):
        qs = self.get_queryset()
        if request.query_params.get("plan"):
            qs = qs.filter(plan__slug=request.query_params["plan"])
        page = self.paginate_queryset(qs.values_list("pk", flat=True))
        rows = queries.decorate(
            queries.commitments_in(page).order_by("plan__slug", "number")
        )
        return self.get_paginated_response(self.get_serializer(rows, many=True).data)

    def retrieve(self, request, *args, **kwargs):
        commitment = get_object_or_404(self.get_queryset(), pk=kwargs["pk"])
        [row] = queries.decorate(queries.commitments_in([commitment.pk]))
        return Response(self.get_serializer(row).data)


class ProgressUpdateViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """Published progress updates for everyone; focal points also see their
    institution's, the secretariat all. Focal points write, the secretariat
    reviews."""

    serializer_class = ProgressUpdateSerializer
    permission_classes = [RulesPermission]
    rules = {
        "list": None,
        "retrieve": "action_plans.view_update",
        # The commitment is named in the body: the service asks the rule.
        "create": None,
        "partial_update": "action_plans.edit_update",
        "review": "action_plans.review_update",
    }
    filter_backends = []
    http_method_names = ["get", "post", "patch", "head", "options"]

    def get_queryset(self):
        return queries.api_updates(self.request.user)

    @extend_schema(
        request=ProgressUpdateInput, responses={201: ProgressUpdateSerializer}
    )
    def create(self, request, *args, **kwargs):
        return self._save(request, None)

    @extend_schema(request=ProgressUpdateInput, responses=ProgressUpdateSerializer)
    def partial_update(self, request, *args, **kwargs):
        return self._save(request, self.get_object())

    def _save(self, request, update):
        data = ProgressUpdateInput(data=request.data)
        data.is_valid(raise_exception=True)
        values = data.validated_data
        commitment = Commitment.objects.filter(pk=values["commitment"]).first()
        if commitment is None:
            raise ValidationError({"commitment": [_("Unknown commitment.")]})
        saved = services.update_save(
            commitment=commitment,
            by=request.user,
            update=update,
            text=values["text"],
            language=values["language"],
            submit=values["submit"],
            milestones=[
                services.MilestoneReport(m["milestone"], m["status"], m["completion"])
                for m in values["milestones"]
            ],
            evidence=[
                services.EvidenceItem(
                    milestone_id=e["milestone"],
                    document_id=e.get("document"),
                    url=e["url"],
                    label=e["label"],
                )
                for e in values["evidence"]
            ],
        )
        code = status.HTTP_201_CREATED if update is None else status.HTTP_200_OK
        return Response(self.get_serializer(saved).data, status=code)

    @extend_schema(request=ReviewInput, responses=ProgressUpdateSerializer)
    @action(detail=True, methods=["post"])
    def review(self, request, pk=None):
        """The secretariat publishes a submitted update or asks for changes."""
        update = self.get_object()
        data = ReviewInput(data=request.data)
        data.is_valid(raise_exception=True)
        reviewed = services.update_review(
            update=update,
            by=request.user,
            publish=data.validated_data["decision"] == "publish",
            note=data.validated_data["note"],
        )
        return Response(self.get_serializer(reviewed).data)


class OpenDataSchema(AutoSchema):
    """One view, two routes: each route names its own operation (the ids the two
    routes always had: ``action_plans_data_retrieve`` for one plan)."""

    def get_operation_id(self) -> str:
        if "{scope}" in self.path:
            return super().get_operation_id()
        return "action_plans_data_all"


@extend_schema(responses=dict)
@api_view(["GET"])
@permission_classes([AllowAny])
@schema(OpenDataSchema())
def open_data(request, scope: str = opendata.ALL):
    """Every table of a plan's open data (``all``, or no plan: every public plan),
    as JSON."""
    if scope != opendata.ALL and not queries.public_plans().filter(slug=scope).exists():
        raise NotFound()
    return Response(json.loads(opendata.json_of(scope)))


@extend_schema(responses=dict)
@api_view(["GET"])
@permission_classes([AllowAny])
def open_data_schema(request):
    """The open data's tables and their columns (docs/action-plans.md explains them)."""
    return Response(
        {"licence": opendata.LICENCE, "tables": opendata.TABLES},
    )


# The more specific prefixes first: "action-plans/<slug>/" would take them.
router.register(
    "action-plans/commitments", CommitmentViewSet, basename="action-plan-commitment"
)
router.register(
    "action-plans/updates", ProgressUpdateViewSet, basename="action-plan-update"
)
router.register("action-plans", PlanViewSet, basename="action-plan")

urlpatterns = [
    path("action-plans/schema/", open_data_schema, name="api-action-plans-schema"),
    path("action-plans/data/", open_data, name="api-action-plans-data"),
    path(
        "action-plans/data/<slug:scope>/", open_data, name="api-action-plans-plan-data"
    ),
]
