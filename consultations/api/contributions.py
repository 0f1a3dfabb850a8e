"""Contributions: the public list (each row stored once), submitting, editing,
withdrawing, endorsing, supporting and reporting them."""

from drf_spectacular.utils import extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from core.antiabuse import client_ip, idempotent
from core.api import shared_representations
from core.permissions import RulesPermission

from .. import queries, services
from ..models import (
    Contribution,
    Endorsement,
    OfficialAnswer,
)
from ..serializers import (
    ContributionEditSerializer,
    ContributionFilterSerializer,
    ContributionReceiptSerializer,
    ContributionSerializer,
    ContributionSubmitSerializer,
    EndorseSerializer,
    FlagSerializer,
    VerifySerializer,
)
from ..signals import card_scope

# What a contribution's representation reads whose every change invalidates its
# own scope (``card_scope``).
CONTRIBUTION_ROWS = (Contribution, OfficialAnswer, Endorsement)


def filter_contributions(qs, request):
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
        return filter_contributions(qs, self.request)

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
            user=request.user,
            ip=client_ip(request),
            **services.submission_of(data),
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
        return report(request, contribution=self.get_object())


def report(request, **reported) -> Response:
    """A report of what ``reported`` names (a contribution or a comment)."""
    serializer = FlagSerializer(data=request.data)
    serializer.is_valid(raise_exception=True)
    services.flag_create(user=request.user, **reported, **serializer.validated_data)
    return Response({"reported": True}, status=status.HTTP_201_CREATED)
