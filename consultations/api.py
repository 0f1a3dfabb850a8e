"""REST endpoints of this module, registered on the shared router (core.api).

Reads are open and show only what ``consultations.queries`` calls public. Who may
write is asked of ``consultations.rules`` (``RulesPermission``); the writes call
the same services as the site: bad input answers 400 with field errors (in the
request's language), a rule refusal 409 or 403, a replay with the same
Idempotency-Key the first answer again.
"""

from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, serializers, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.antiabuse import client_ip, idempotent
from core.api import router, shared_representations
from core.cache import depends_on
from core.permissions import RulesPermission

from . import queries, services
from .models import (
    Consultation,
    ConsultationTag,
    Contribution,
    Endorsement,
    OfficialAnswer,
    Region,
    Status,
)
from .serializers import (
    CommentCreateSerializer,
    CommentSerializer,
    ConsultationDetailSerializer,
    ConsultationSerializer,
    ContributionEditSerializer,
    ContributionFilterSerializer,
    ContributionReceiptSerializer,
    ContributionSerializer,
    ContributionSubmitSerializer,
    EndorseSerializer,
    FlagSerializer,
    VerifySerializer,
)
from .signals import COVERED, card_scope, row_scope, scope

# What a contribution's representation reads whose every change invalidates its
# own scope (``card_scope``).
CONTRIBUTION_ROWS = (Contribution, OfficialAnswer, Endorsement)


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
            queries.comment_threads(consultation=consultation).order_by(
                "created_at", "pk"
            )
        )
        data = CommentSerializer(queries.with_replies(page), many=True).data
        return self.get_paginated_response(data)


def _filter_contributions(qs, request):
    """Sorted and filtered as the query asks; a wrong value answers 400."""
    params = ContributionFilterSerializer(data=request.query_params)
    params.is_valid(raise_exception=True)
    chosen = params.validated_data
    return queries.sort_contributions(
        queries.filter_contributions(
            qs,
            kind=chosen.get("kind", ""),
            language=chosen.get("language", ""),
            region=chosen.get("region", ""),
        ),
        chosen.get("sort", ""),
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
        "partial_update": "consultations.edit",
        "withdraw": "consultations.withdraw",
        # The organisation is named in the body: the service asks the rule.
        "endorse": None,
    }

    def get_queryset(self):
        if self.action == "partial_update":  # pending ones are the author's only
            return queries.own_contributions(self.request.user)
        if self.action in ("support", "report", "withdraw", "endorse"):
            return queries.published_contributions().select_related("consultation")
        qs = queries.with_counts(queries.published_contributions())
        consultation = self.request.query_params.get("consultation", "")
        if consultation.isdigit():
            qs = queries.of_consultation(qs, consultation)
        return _filter_contributions(qs, self.request)

    @extend_schema(parameters=[ContributionFilterSerializer])
    def list(self, request, *args, **kwargs):
        """Published contributions (withdrawn ones included, marked ``withdrawn``).

        Each one's representation is stored once for every reader until it
        changes (its row, answer or endorsements: ``contribution:<pk>``); the
        counts of supports and comments, which change most, are read with the
        page and added to each answer.
        """
        page = self.paginate_queryset(
            self.get_queryset()
            .prefetch_related(None)
            .values_list("pk", "support_count", "comment_count")
        )
        stored = shared_representations(
            "api-contribution",
            {pk: [card_scope(pk)] for pk, _supports, _comments in page},
            queries.contribution_rows,
            lambda rows: (
                ContributionSerializer(
                    rows, many=True, context=self.get_serializer_context()
                ).data
            ),
            request.scheme,  # the attachment's absolute address
            request.get_host(),
            covered=CONTRIBUTION_ROWS,
        )
        data = [
            {**stored[str(pk)], "support_count": supports, "comment_count": comments}
            for pk, supports, comments in page
            if str(pk) in stored
        ]
        return self.get_paginated_response(data)

    @extend_schema(
        request=ContributionEditSerializer, responses=ContributionReceiptSerializer
    )
    def partial_update(self, request, *args, **kwargs):
        """The author corrects their contribution while it awaits moderation."""
        contribution = self.get_object()
        serializer = ContributionEditSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = {
            field: getattr(contribution, field)
            for field in ("kind", "title", "body", "language", "region")
        }
        data.update(serializer.validated_data)
        contribution = services.contribution_edit(
            user=request.user, contribution=contribution, **data
        )
        return Response(ContributionReceiptSerializer(contribution).data)

    @extend_schema(request=None, responses=ContributionSerializer)
    @action(detail=True, methods=["post"])
    @idempotent
    def withdraw(self, request, pk=None):
        """The author withdraws their published contribution (it stays public)."""
        contribution = services.contribution_withdraw(
            user=request.user, contribution=self.get_object()
        )
        return Response(ContributionSerializer(contribution).data)

    @extend_schema(request=EndorseSerializer, responses={201: None, 204: None})
    @action(detail=True, methods=["post", "delete"])
    @idempotent
    def endorse(self, request, pk=None):
        """Endorse in the name of a verified organisation one represents (POST),
        or withdraw that organisation's endorsement (DELETE)."""
        contribution = self.get_object()
        serializer = EndorseSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        organisation = serializer.validated_data["organisation"]
        if request.method == "DELETE":
            services.endorsement_remove(
                user=request.user, organisation=organisation, contribution=contribution
            )
            return Response(status=status.HTTP_204_NO_CONTENT)
        services.endorsement_add(
            user=request.user, organisation=organisation, contribution=contribution
        )
        return Response(
            {"endorsements": contribution.endorsements.count()},
            status=status.HTTP_201_CREATED,
        )

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
