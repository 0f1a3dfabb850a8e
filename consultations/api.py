"""REST endpoints of this module, registered on the shared router (core.api).

Reads are open and show only what ``consultations.queries`` calls public. Writes
call the services: bad input answers 400 with field errors (in the request's
language), a rule refusal 409 or 403, a replay with the same Idempotency-Key the
first answer again.
"""

from django.db.models import Count, Q
from django.shortcuts import get_object_or_404
from django.utils import translation
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.antiabuse import client_ip, idempotent
from core.api import router

from . import queries, services
from .models import Consultation, ContributionKind, ContributionLanguage, Status
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


class ConsultationViewSet(viewsets.ReadOnlyModelViewSet):
    """Public consultations in the requested language (``?locale=ar|fr|en``)."""

    lookup_field = "slug"
    lookup_value_regex = "[^/]+"

    def get_queryset(self):
        language = self.request.query_params.get("locale") or translation.get_language()
        qs = queries.consultations_in_language(language)
        status_filter = self.request.query_params.get("status", "")
        if status_filter in Status.values:
            qs = queries.with_status(qs, status_filter)
        theme = self.request.query_params.get("theme", "")
        if theme:
            qs = qs.filter(
                translation_key__in=Consultation.objects.filter(
                    tags__slug=theme
                ).values("translation_key")
            )
        return qs.prefetch_related("tags").order_by(
            "is_general_box", "-opens_at", "-pk"
        )

    def get_serializer_class(self):
        if self.action == "retrieve":
            return ConsultationDetailSerializer
        return ConsultationSerializer

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
        consultation = self.get_object()
        self._with_counts([consultation])
        return Response(self.get_serializer(consultation).data)

    @extend_schema(responses=ContributionSerializer(many=True))
    @action(detail=True, methods=["get"])
    def contributions(self, request, slug=None):
        """The consultation's published contributions, newest first."""
        consultation = self.get_object()
        qs = _filter_contributions(
            queries.public_contribution_list(consultation), request
        )
        page = self.paginate_queryset(qs)
        return self.get_paginated_response(ContributionSerializer(page, many=True).data)

    @extend_schema(responses=CommentSerializer(many=True))
    @action(detail=True, methods=["get"])
    def comments(self, request, slug=None):
        """The consultation's comment threads (first comments with their replies)."""
        consultation = self.get_object()
        page = self.paginate_queryset(
            queries.comment_threads(consultation=consultation).order_by("created_at")
        )
        return self.get_paginated_response(CommentSerializer(page, many=True).data)


def _filter_contributions(qs, request):
    params = request.query_params
    if params.get("kind") in ContributionKind.values:
        qs = qs.filter(kind=params["kind"])
    if params.get("language") in ContributionLanguage.values:
        qs = qs.filter(language=params["language"])
    if params.get("region"):
        qs = qs.filter(region=params["region"])
    return qs


class ContributionViewSet(
    mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet
):
    """Published contributions; anyone may submit one (without an account, the
    contribution waits for the email link)."""

    serializer_class = ContributionSerializer

    def get_permissions(self):
        if self.action in ("create", "verify"):
            return [permissions.AllowAny()]
        return super().get_permissions()

    def get_queryset(self):
        qs = (
            queries.published_contributions()
            .select_related("author", "answer")
            .annotate(
                support_count=Count("supports", distinct=True),
                comment_count=Count(
                    "comments", filter=Q(comments__status="published"), distinct=True
                ),
            )
            .order_by("-published_at", "-pk")
        )
        consultation = self.request.query_params.get("consultation")
        if consultation and consultation.isdigit():
            original = Consultation.objects.filter(pk=consultation).first()
            qs = qs.filter(consultation=original.original if original else None)
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
    @action(
        detail=True,
        methods=["post", "delete"],
        permission_classes=[permissions.IsAuthenticated],
    )
    @idempotent
    def support(self, request, pk=None):
        contribution = get_object_or_404(
            queries.published_contributions().select_related("consultation"), pk=pk
        )
        if request.method == "DELETE":
            services.support_remove(user=request.user, contribution=contribution)
            return Response(status=status.HTTP_204_NO_CONTENT)
        services.support_add(user=request.user, contribution=contribution)
        return Response(
            {"supports": contribution.supports.count()}, status=status.HTTP_201_CREATED
        )

    @extend_schema(request=FlagSerializer, responses={201: None})
    @action(
        detail=True, methods=["post"], permission_classes=[permissions.IsAuthenticated]
    )
    @idempotent
    def report(self, request, pk=None):
        contribution = get_object_or_404(queries.published_contributions(), pk=pk)
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

    def get_queryset(self):
        params = self.request.query_params
        if self.action == "retrieve":
            return queries.published_comments().select_related("author")
        qs = queries.comment_threads()
        if params.get("consultation", "").isdigit():
            original = Consultation.objects.filter(pk=params["consultation"]).first()
            qs = qs.filter(consultation=original.original if original else None)
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
    @action(
        detail=True, methods=["post"], permission_classes=[permissions.IsAuthenticated]
    )
    @idempotent
    def report(self, request, pk=None):
        comment = get_object_or_404(queries.published_comments(), pk=pk)
        serializer = FlagSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        services.flag_create(
            user=request.user, comment=comment, **serializer.validated_data
        )
        return Response({"reported": True}, status=status.HTTP_201_CREATED)


router.register("consultations", ConsultationViewSet, basename="consultation")
router.register("contributions", ContributionViewSet, basename="contribution")
router.register("comments", CommentViewSet, basename="comment")
