"""REST endpoints of this module, registered on the shared router (core.api)."""

from django.http import Http404
from django_filters import rest_framework as filters
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.antiabuse import idempotent
from core.api import router
from core.permissions import RulesPermission

from . import queries, services
from .models import Organisation, Region
from .serializers import (
    ApplicationSerializer,
    DecisionSerializer,
    GroupDecisionSerializer,
    GroupNewsSerializer,
    OrganisationDetailSerializer,
    OrganisationSerializer,
    WorkingGroupDetailSerializer,
    WorkingGroupSerializer,
)


class OrganisationFilter(filters.FilterSet):
    region = filters.ChoiceFilter(choices=Region.choices)
    tag = filters.CharFilter(field_name="fields_of_action__name")

    class Meta:
        model = Organisation
        fields = ["region", "tag"]


class OrganisationViewSet(viewsets.ReadOnlyModelViewSet):
    """Verified civil-society organisations (public fields only)."""

    filterset_class = OrganisationFilter
    lookup_field = "slug"
    lookup_value_regex = "[^/]+"
    permission_classes = [RulesPermission]
    rules = {"list": None, "retrieve": None}

    def get_queryset(self):
        return queries.public_organisations().order_by("name_fr").distinct()

    def get_serializer_class(self):
        if self.action == "retrieve":
            return OrganisationDetailSerializer
        return OrganisationSerializer


class WorkingGroupViewSet(viewsets.ReadOnlyModelViewSet):
    """Public working groups; ``text`` is in the request's language when translated."""

    lookup_field = "slug"
    lookup_value_regex = "[^/]+"
    permission_classes = [RulesPermission]
    rules = {"list": None, "retrieve": None}
    filterset_fields = ["kind", "theme", "region", "is_open"]

    def get_queryset(self):
        return queries.public_groups().select_related("locale").order_by("kind", "pk")

    def get_serializer_class(self):
        return (
            WorkingGroupDetailSerializer
            if self.action == "retrieve"
            else WorkingGroupSerializer
        )

    def get_object(self):
        group = queries.group_by_slug(self.kwargs["slug"])
        if group is None:
            raise Http404
        source = self.get_queryset().get(pk=group.source.pk)
        source.text = group
        return source

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return queries.localized_groups(page) if page is not None else None


class _GroupRecordViewSet(viewsets.ReadOnlyModelViewSet):
    """Published records of public groups; ``?group=<slug>`` for one group's."""

    permission_classes = [RulesPermission]
    rules = {"list": None, "retrieve": None}
    # The query of the published records (``queries.public_news``...).
    published = None

    def get_queryset(self):
        qs = self.published()
        slug = self.request.query_params.get("group", "")
        if slug:
            group = queries.group_by_slug(slug)
            qs = qs.filter(group=group.source) if group else qs.none()
        return qs

    @extend_schema(
        parameters=[OpenApiParameter("group", description="A working group's slug")]
    )
    def list(self, request, *args, **kwargs):
        return super().list(request, *args, **kwargs)


class GroupNewsViewSet(_GroupRecordViewSet):
    """News posts of working groups (published ones only)."""

    serializer_class = GroupNewsSerializer
    published = staticmethod(queries.public_news)


class GroupDecisionViewSet(_GroupRecordViewSet):
    """Decisions of working groups (published ones only)."""

    serializer_class = GroupDecisionSerializer
    published = staticmethod(queries.public_decisions)


class ApplicationViewSet(
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Applications of the organisations the person represents (own only).

    Coordinators and the secretariat also see, approve and reject those of
    their groups.
    """

    serializer_class = ApplicationSerializer
    permission_classes = [RulesPermission]
    rules = {
        "list": "working_groups.list_applications",
        "retrieve": "working_groups.view_application",
        # The organisation is named in the body: the service asks the rule.
        "create": None,
        "approve": "working_groups.decide_application",
        "reject": "working_groups.decide_application",
        "withdraw": "working_groups.withdraw_application",
    }

    def get_queryset(self):
        return queries.applications_visible_to(self.request.user)

    @idempotent
    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        application = services.application_submit(
            organisation=data["organisation"],
            group=data["group"],
            by=request.user,
            motivation=data["motivation"],
            document=data.get("document"),
        )
        return Response(
            self.get_serializer(application).data, status=status.HTTP_201_CREATED
        )

    def _decide(self, request, approve: bool):
        application = self.get_object()
        serializer = DecisionSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        decide = (
            services.application_approve if approve else services.application_reject
        )
        application = decide(
            application=application,
            by=request.user,
            reason=serializer.validated_data.get("reason", ""),
        )
        return Response(self.get_serializer(application).data)

    @extend_schema(request=DecisionSerializer)
    @action(detail=True, methods=["post"])
    def approve(self, request, pk=None):
        return self._decide(request, approve=True)

    @extend_schema(request=DecisionSerializer)
    @action(detail=True, methods=["post"])
    def reject(self, request, pk=None):
        return self._decide(request, approve=False)

    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        application = services.application_withdraw(
            application=self.get_object(), by=request.user
        )
        return Response(self.get_serializer(application).data)


router.register("organisations", OrganisationViewSet, basename="organisation")
router.register("working-groups", WorkingGroupViewSet, basename="working-group")
router.register(
    "working-group-applications",
    ApplicationViewSet,
    basename="working-group-application",
)
router.register("working-group-news", GroupNewsViewSet, basename="working-group-news")
router.register(
    "working-group-decisions", GroupDecisionViewSet, basename="working-group-decision"
)
