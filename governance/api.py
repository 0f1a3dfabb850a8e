"""REST endpoints of the governance bodies and meetings (on core.api's router).

Reads are public and show only what is public; members propose agenda items and
comment on draft minutes through the same services as the site.
"""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from core.api import router
from core.permissions import RulesPermission
from core.translation import localized

from . import queries, services
from .serializers import (
    BodySerializer,
    InvitationSerializer,
    MeetingDetailSerializer,
    MeetingSerializer,
    MemberSerializer,
    TextSerializer,
)


class BodyViewSet(viewsets.ReadOnlyModelViewSet):
    """Published governance bodies; one body with its members and meetings."""

    serializer_class = BodySerializer
    permission_classes = [RulesPermission]
    rules = {"list": None, "retrieve": None}
    lookup_field = "slug"
    filter_backends = []

    def get_queryset(self):
        return queries.public_bodies().select_related("locale")

    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.get_queryset())
        bodies = queries.localized_bodies(page)
        return self.get_paginated_response(self.get_serializer(bodies, many=True).data)

    def retrieve(self, request, *args, **kwargs):
        body = get_object_or_404(self.get_queryset(), slug=kwargs["slug"])
        body.text = localized(body)
        roster = queries.roster(body)
        seats = services.composition(body, on=roster.day)
        meetings = queries.meetings_with_agenda(
            queries.announced_meetings().filter(body=body).order_by("-start")
        )[:50]
        data = self.get_serializer(body).data
        data["composition"] = {
            "day": roster.day,
            "current": roster.current,
            "administration": seats.administration,
            "civil_society": seats.civil_society,
            "observers": seats.observers,
            "parity_respected": seats.balanced,
        }
        data["members"] = [
            {
                "constituency": constituency.value,
                "label": constituency.label,
                "members": MemberSerializer(members, many=True).data,
            }
            for constituency, members in roster.groups
        ]
        data["past_mandates"] = MemberSerializer(roster.past, many=True).data
        data["meetings"] = MeetingSerializer(
            meetings, many=True, context=self.get_serializer_context()
        ).data
        return Response(data)


class MeetingViewSet(viewsets.ReadOnlyModelViewSet):
    """Meetings from their invitation on: agenda first; minutes, attendance and
    decisions (``record``) once the minutes are published. Upcoming by default
    (``past=1`` for past ones)."""

    serializer_class = MeetingSerializer
    permission_classes = [RulesPermission]
    rules = {
        "list": None,
        "retrieve": None,
        "propose": "governance.propose_item",
        "remark": "governance.comment_minutes",
    }
    lookup_field = "slug"
    filter_backends = []

    def get_queryset(self):
        return queries.meetings_with_agenda(queries.announced_meetings())

    @extend_schema(
        parameters=[
            OpenApiParameter("body", description="Body slug"),
            OpenApiParameter("past", type=bool),
        ]
    )
    def list(self, request, *args, **kwargs):
        body = None
        if request.query_params.get("body"):
            body = queries.body_by_slug(request.query_params["body"])
            if body is None:
                raise ValidationError({"body": [_("Unknown governance body.")]})
        past = request.query_params.get("past") in ("1", "true")
        page = self.paginate_queryset(
            queries.filter_meetings(self.get_queryset(), body=body, past=past)
        )
        return self.get_paginated_response(self.get_serializer(page, many=True).data)

    @extend_schema(responses=MeetingDetailSerializer)
    def retrieve(self, request, *args, **kwargs):
        meeting = self.get_object()
        context = {
            **self.get_serializer_context(),
            "documents": queries.public_documents(meeting),
            "record": queries.published_record(meeting),
        }
        return Response(MeetingDetailSerializer(meeting, context=context).data)

    @extend_schema(request=TextSerializer, responses={201: None})
    @action(detail=True, methods=["post"])
    def propose(self, request, slug=None):
        """A member proposes an agenda item (3 days after the invitation)."""
        return self._write(request, services.proposal_submit)

    @extend_schema(request=TextSerializer, responses={201: None})
    @action(detail=True, methods=["post"])
    def remark(self, request, slug=None):
        """A member comments on the draft minutes while they are open."""
        return self._write(request, services.remark_submit)

    def _write(self, request, service):
        meeting = self.get_object()
        serializer = TextSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        created = service(
            meeting=meeting, by=request.user, text=serializer.validated_data["text"]
        )
        return Response(
            {"id": created.pk, "text": created.text}, status=status.HTTP_201_CREATED
        )


class InvitationViewSet(mixins.ListModelMixin, viewsets.GenericViewSet):
    """The signed-in member's meetings, with their online link."""

    serializer_class = InvitationSerializer
    permission_classes = [RulesPermission]
    rules = {"list": "governance.list_invitations"}
    filter_backends = []

    def get_queryset(self):
        return queries.meetings_with_agenda(queries.invitations_of(self.request.user))


router.register("governance/bodies", BodyViewSet, basename="governance-body")
router.register("governance/meetings", MeetingViewSet, basename="governance-meeting")
router.register(
    "governance/invitations", InvitationViewSet, basename="governance-invitation"
)
