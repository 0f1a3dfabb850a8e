"""REST endpoints of calls for applications (on core.api's router).

Reads of calls are public; results and every score appear once published. An
organisation's representative saves and submits its application; the
secretariat checks files; committee members score; member organisations of the
civil society space vote. Every write goes through the same services as the site.
"""

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import NotFound, ValidationError
from rest_framework.response import Response

from core.api import router
from core.permissions import RulesPermission
from working_groups.models import Organisation

from . import queries, services
from .models import Application
from .serializers import (
    CallApplicationSerializer,
    CallApplicationWriteSerializer,
    CallCheckSerializer,
    CallDetailSerializer,
    CallResultSerializer,
    CallScoresSerializer,
    CallSerializer,
    CallVoteSerializer,
)


def _field_errors(error: DjangoValidationError) -> ValidationError:
    return ValidationError(error.message_dict)


class CallViewSet(viewsets.ReadOnlyModelViewSet):
    """Published calls; one call with its grid, documents and committee; its
    results with every application's scores once published."""

    serializer_class = CallSerializer
    permission_classes = [RulesPermission]
    rules = {"list": None, "retrieve": None, "results": None, "vote": None}
    lookup_field = "slug"
    filter_backends = []

    def get_queryset(self):
        return queries.published_calls().prefetch_related(
            "criteria", "required_documents", "committee"
        )

    @extend_schema(responses=CallDetailSerializer)
    def retrieve(self, request, *args, **kwargs):
        return Response(CallDetailSerializer(self.get_object()).data)

    @extend_schema(responses=CallResultSerializer(many=True))
    @action(detail=True)
    def results(self, request, slug=None):
        call = self.get_object()
        if not call.results_published or not request.user.has_perm(
            "calls.view_scores", call
        ):
            raise NotFound(_("The results are not published."))
        means = {row.application.pk: row.criteria for row in queries.ranking(call).rows}
        applications = list(queries.public_applications(call))
        for application in applications:
            application.criterion_means = means.get(application.pk, {})
        return Response(CallResultSerializer(applications, many=True).data)

    @extend_schema(request=CallVoteSerializer, responses={201: None})
    @action(detail=True, methods=["post"])
    def vote(self, request, slug=None):
        """A member organisation of the civil society space votes (the service
        asks ``calls.vote``)."""
        call = self.get_object()
        election = getattr(call, "election", None)
        if election is None:
            raise NotFound(_("This call has no election."))
        serializer = CallVoteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        candidate = election.candidates.filter(pk=data["candidate"]).first()
        if candidate is None:
            raise ValidationError({"candidate": [_("Choose one of the candidates.")]})
        organisation = None
        if data.get("organisation"):
            organisation = Organisation.objects.filter(
                slug=data["organisation"]
            ).first()
            if organisation is None:
                raise ValidationError({"organisation": [_("Unknown organisation.")]})
        try:
            services.vote_cast(
                election=election,
                by=request.user,
                candidate=candidate,
                organisation=organisation,
            )
        except DjangoValidationError as error:
            raise _field_errors(error) from None
        return Response(status=status.HTTP_201_CREATED)


class ApplicationViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """An organisation's applications: its representatives save a draft (with
    the documents as multipart fields ``document_<id>``) and submit it; the
    secretariat checks it; committee members score it."""

    serializer_class = CallApplicationSerializer
    permission_classes = [RulesPermission]
    rules = {
        "list": "calls.list_applications",
        "retrieve": "calls.view_application",
        "create": None,  # the service asks calls.apply on the call named
        "submit": "calls.edit_application",
        "check": "calls.check_application",
        "scores": "calls.score",
    }
    filter_backends = []

    def get_queryset(self):
        if self.action == "list":
            return queries.applications_of(self.request.user).prefetch_related(
                "documents"
            )
        return Application.objects.select_related("call", "organisation")

    def create(self, request, *args, **kwargs):
        serializer = CallApplicationWriteSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        organisation = Organisation.objects.filter(slug=data["organisation"]).first()
        if organisation is None:
            raise ValidationError({"organisation": [_("Unknown organisation.")]})
        call = data["call"]
        files = {}
        for requirement in call.required_documents.all():
            upload = request.FILES.get(f"document_{requirement.pk}")
            if upload:
                files[requirement.pk] = upload
        try:
            application = services.application_save(
                call=call,
                organisation=organisation,
                by=request.user,
                experience=data.get("experience", ""),
                programme=data.get("programme", ""),
                files=files,
            )
        except DjangoValidationError as error:
            raise _field_errors(error) from None
        return Response(
            CallApplicationSerializer(application).data, status=status.HTTP_201_CREATED
        )

    @extend_schema(request=None, responses=CallApplicationSerializer)
    @action(detail=True, methods=["post"])
    def submit(self, request, pk=None):
        application = self.get_object()
        try:
            application = services.application_submit(
                application=application, by=request.user
            )
        except DjangoValidationError as error:
            raise _field_errors(error) from None
        return Response(CallApplicationSerializer(application).data)

    @extend_schema(request=CallCheckSerializer, responses=CallApplicationSerializer)
    @action(detail=True, methods=["post"])
    def check(self, request, pk=None):
        application = self.get_object()
        serializer = CallCheckSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            application = services.application_check(
                application=application,
                by=request.user,
                complete=serializer.validated_data["complete"],
                reason=serializer.validated_data.get("reason", ""),
            )
        except DjangoValidationError as error:
            raise _field_errors(error) from None
        return Response(CallApplicationSerializer(application).data)

    @extend_schema(request=CallScoresSerializer, responses={201: None})
    @action(detail=True, methods=["post"])
    def scores(self, request, pk=None):
        application = self.get_object()
        serializer = CallScoresSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        try:
            services.scores_record(
                application=application,
                by=request.user,
                points=serializer.validated_data["points"],
            )
        except DjangoValidationError as error:
            raise _field_errors(error) from None
        return Response(status=status.HTTP_201_CREATED)


router.register("calls/applications", ApplicationViewSet, basename="calls-application")
router.register("calls", CallViewSet, basename="calls-call")
