"""REST endpoints of this module, registered on the shared router (core.api).

Reads are open and show only what ``consultations.queries`` calls public. Who may
write is asked of ``consultations.rules`` (``RulesPermission``); the writes call
the same services as the site: bad input answers 400 with field errors (in the
request's language), a rule refusal 409 or 403, a replay with the same
Idempotency-Key the first answer again.
"""

from django.utils import translation
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.antiabuse import client_ip, idempotent
from core.api import router
from core.cache import depends_on
from core.permissions import RulesPermission

from . import queries, services
from .models import Status
from .serializers import (
    CommentCreateSerializer,
    CommentSerializer,
    ConsultationDetailSerializer,
    ConsultationSerializer,
    ContributionReceiptSerializer,
    ContributionSerializer,
    ContributionSubmitSerializer,
    FlagSerializer,
    VerifySerializer,
)
from .signals import COVERED, scope


class ConsultationViewSet(viewsets.ReadOnlyModelViewSet):
    """Public consultations in the requested language (``?locale=ar|fr|en``)."""

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

    def _with_counts(self, items):
        counts = queries.contribution_counts([c.translation_key for c in items])
        for item in items:
            item.contribution_count = counts.get(item.translation_key, 0)
        return items

    @extend_schema(
        parameters=[
            OpenApiParameter("status", enum=Status.values),
            OpenApiParameter("theme", description="A theme tag's slug"),
            OpenApiParameter("locale", enum=["ar", "fr", "en"]),
        ]
    )
    def list(self, request, *args, **kwargs):
        page = self.paginate_queryset(self.get_queryset())
        data = self.get_serializer(self._with_counts(list(page)), many=True).data
        return self.get_paginated_response(data)

    def retrieve(self, request, *args, **kwargs):
        consultation = self._depend_on(self.get_object())
        self._with_counts([consultation])
        return Response(self.get_serializer(consultation).data)

    @extend_schema(responses=ContributionSerializer(many=True))
    @action(detail=True, methods=["get"])
    def contributions(self, request, slug=None):
        """The consultation's published contributions, newest first."""
        consultation = self._depend_on(self.get_object())
        qs = _filter_contributions(
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
            queries.comment_threads(consultation=consultation).order_by("created_at")
        )
        return self.get_paginated_response(CommentSerializer(page, many=True).data)


def _filter_contributions(qs, request):
    params = request.query_params
    return queries.filter_contributions(
        qs,
        kind=params.get("kind", ""),
        language=params.get("language", ""),
        region=params.get("region", ""),
    )


class ContributionViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Published contributions; anyone may submit one (without an account, the
    contribution waits for the email link)."""

    serializer_class = ContributionSerializer
    permission_classes = [RulesPermission]
    # Creating names its consultation in the body: the service asks the rule.
    rules = {
        "list": None,
        "retrieve": None,
        "create": None,
        "verify": None,
        "support": "consultations.support",
        "report": "consultations.flag",
    }

    def get_queryset(self):
        if self.action in ("support", "report"):
            return queries.published_contributions().select_related("consultation")
        qs = queries.with_counts(queries.published_contributions()).order_by(
            "-published_at", "-pk"
        )
        consultation = self.request.query_params.get("consultation", "")
        if consultation.isdigit():
            qs = queries.of_consultation(qs, consultation)
        return _filter_contributions(qs, self.request)

    @extend_schema(
        request=ContributionSubmitSerializer,
        responses={
            201: ContributionReceiptSerializer,
            200: ContributionReceiptSerializer,
        },
    )
    @idempotent
    def create(self, request, *args, **kwargs):
        serializer = ContributionSubmitSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        contribution = services.contribution_submit(
            consultation=data["consultation"],
            kind=data["kind"],
            title=data["title"],
            body=data["body"],
            language=data["language"],
            region=data.get("region", ""),
            attachment=data.get("attachment"),
            user=request.user,
            author_name=data.get("author_name", ""),
            author_email=data.get("author_email", ""),
            ip=client_ip(request),
        )
        return Response(
            ContributionReceiptSerializer(contribution).data,
            status=status.HTTP_200_OK
            if contribution.duplicate
            else status.HTTP_201_CREATED,
        )

    @extend_schema(request=VerifySerializer, responses=ContributionReceiptSerializer)
    @action(detail=False, methods=["post"])
    def verify(self, request):
        """Confirm the email address of a contribution sent without an account."""
        serializer = VerifySerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        contribution = services.contribution_verify_email(
            token=serializer.validated_data["token"]
        )
        return Response(ContributionReceiptSerializer(contribution).data)

    @extend_schema(request=None, responses={201: None, 204: None})
    @action(detail=True, methods=["post", "delete"])
    @idempotent
    def support(self, request, pk=None):
        contribution = self.get_object()
        if request.method == "DELETE":
            services.support_remove(user=request.user, contribution=contribution)
            return Response(status=status.HTTP_204_NO_CONTENT)
        services.support_add(user=request.user, contribution=contribution)
        return Response(
            {"supports": contribution.supports.count()}, status=status.HTTP_201_CREATED
        )

    @extend_schema(request=FlagSerializer, responses={201: None})
    @action(detail=True, methods=["post"])
    @idempotent
    def report(self, request, pk=None):
        contribution = self.get_object()
        serializer = FlagSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.flag_create(
            user=request.user, contribution=contribution, **serializer.validated_data
        )
        return Response({"reported": True}, status=status.HTTP_201_CREATED)


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
        comment = self.get_object()
        serializer = FlagSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.flag_create(
            user=request.user, comment=comment, **serializer.validated_data
        )
        return Response({"reported": True}, status=status.HTTP_201_CREATED)


router.register("consultations", ConsultationViewSet, basename="consultation")
router.register("contributions", ContributionViewSet, basename="contribution")
router.register("comments", CommentViewSet, basename="comment")
