"""REST endpoints of this module, registered on the shared router (core.api)."""

import datetime

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import OpenApiParameter, extend_schema
from rest_framework import mixins, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from core.antiabuse import client_ip, idempotent
from core.api import router
from core.permissions import RulesPermission
from core.translation import localized
from working_groups.queries import group_by_id_or_slug

from . import links, queries, services
from .models import EventKind
from .serializers import EventSerializer, RegistrationSerializer, TokenSerializer

# Dates the filters accept: wide enough for any event, and far from the limits of
# Python's dates (a year 1 or 9999 overflows once moved to UTC or given a day more).
YEARS = (1900, 2999)


def _parse_moment(value: str, field: str, *, end=False):
    """``from``/``to``: a date or an ISO 8601 date-time; 400 for a date that does
    not exist (2024-02-30) or one outside ``YEARS``."""
    if not value:
        return None
    try:
        moment = parse_datetime(value)
        day = parse_date(value) if moment is None else None
    except ValueError as exc:
        raise ValidationError({field: [_("This date does not exist.")]}) from exc
    if moment is None and day is None:
        raise ValidationError({field: [_("Use YYYY-MM-DD or an ISO 8601 date-time.")]})
    if not YEARS[0] <= (moment or day).year <= YEARS[1]:
        raise ValidationError(
            {
                field: [
                    _("Give a date between the years %(first)s and %(last)s.")
                    % {"first": YEARS[0], "last": YEARS[1]}
                ]
            }
        )
    if moment is None:
        moment = datetime.datetime.combine(
            day + datetime.timedelta(days=1 if end else 0), datetime.time.min
        )
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment)
    return moment


class EventViewSet(viewsets.ReadOnlyModelViewSet):
    """Published events; ``text`` is in the request's language when translated.

    Without ``from``/``to``, upcoming events (``past=1`` for past ones).
    """

    serializer_class = EventSerializer
    permission_classes = [RulesPermission]
    rules = {"list": None, "retrieve": None}
    filter_backends = []

    def get_queryset(self):
        return queries.public_events().select_related("locale")

    @extend_schema(
        parameters=[
            OpenApiParameter("kind", enum=EventKind.values),
            OpenApiParameter("language", enum=["ar", "fr", "en"]),
            OpenApiParameter("group", description="Working group slug or id"),
            OpenApiParameter("from", description="Date (YYYY-MM-DD) or date-time"),
            OpenApiParameter("to", description="Date (YYYY-MM-DD) or date-time"),
            OpenApiParameter("past", type=bool),
        ]
    )
    def list(self, request, *args, **kwargs):
        params = request.query_params
        kind = params.get("kind", "")
        if kind and kind not in EventKind.values:
            raise ValidationError(
                {"kind": [_("Choose one of: %s.") % ", ".join(EventKind.values)]}
            )
        language = params.get("language", "")
        if language and language not in ("ar", "fr", "en"):
            raise ValidationError(
                {"language": [_("Choose one of: %s.") % "ar, fr, en"]}
            )
        group = None
        if params.get("group"):
            group = group_by_id_or_slug(params["group"])
            if group is None:
                raise ValidationError({"group": [_("Unknown working group.")]})
        queryset = queries.filter_events(
            self.get_queryset(),
            kind=kind,
            language=language,
            group=group,
            start=_parse_moment(params.get("from", ""), "from"),
            end=_parse_moment(params.get("to", ""), "to", end=True),
            past=params.get("past") in ("1", "true"),
        )
        if params.get("from") or params.get("to"):
            queryset = queryset.order_by("start")
        page = self.paginate_queryset(queryset)
        events = queries.localized_events(page)
        return self.get_paginated_response(self.get_serializer(events, many=True).data)

    def retrieve(self, request, *args, **kwargs):
        event = get_object_or_404(self.get_queryset(), pk=kwargs["pk"])
        event.text = localized(event)
        return Response(self.get_serializer(event).data)


class RegistrationViewSet(
    mixins.CreateModelMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Register (account holders, or name and email confirmed by a link), see
    one's own registrations, cancel."""

    serializer_class = RegistrationSerializer
    permission_classes = [RulesPermission]
    rules = {
        "create": None,  # open: anonymous people confirm by email
        "list": "events.list_registrations",
        "retrieve": "events.view_registration",
        "cancel": "events.cancel_registration",
    }

    def get_queryset(self):
        return queries.own_registrations(self.request.user)

    @idempotent
    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        data = serializer.validated_data
        user = request.user if request.user.is_authenticated else None
        event = data["event"]
        if not event.is_published:
            raise Http404
        registration = services.registration_create(
            event=event,
            user=user,
            name=data.get("name", ""),
            email=data.get("email", ""),
            organisation=data.get("organisation", ""),
            region=data.get("region", ""),
            accessibility_needs=data.get("accessibility_needs", ""),
            language=getattr(request, "LANGUAGE_CODE", None),
            ip_address=client_ip(request),
        )
        body = self.get_serializer(registration).data
        if user is None:
            body.pop("code", None)  # proven only by the email link
        return Response(body, status=status.HTTP_201_CREATED)

    @action(detail=True, methods=["post"])
    def cancel(self, request, pk=None):
        registration = services.registration_cancel(
            registration=self.get_object(), by=request.user
        )
        return Response(self.get_serializer(registration).data)


@extend_schema(request=TokenSerializer, responses=RegistrationSerializer)
class CancelByTokenView(viewsets.ViewSet):
    """Cancel with the signed link of the confirmation email (no account needed)."""

    permission_classes = [RulesPermission]
    rules = {"create": None}  # the signed link is the proof

    @idempotent
    def create(self, request):
        serializer = TokenSerializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        registration = links.registration_from_manage_token(
            serializer.validated_data["token"]
        )
        registration = services.registration_cancel(registration=registration)
        body = RegistrationSerializer(registration, context={"request": request}).data
        return Response(body)


router.register("events", EventViewSet, basename="event")
router.register(
    "registration-cancellations", CancelByTokenView, basename="registration-cancel"
)
router.register("registrations", RegistrationViewSet, basename="registration")
