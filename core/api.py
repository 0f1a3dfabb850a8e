"""The API's shared pieces: Wagtail's v2 router, pagination and JSON errors.

The participation modules register their DRF viewsets on ``router`` from their own
``api.py``; ``core.api_urls`` imports those modules and serves the root at /api/.
"""

import copy
from collections.abc import Callable, Iterable

from django.core.exceptions import (
    PermissionDenied,
)
from django.core.exceptions import (
    ValidationError as DjangoValidationError,
)
from django.http import Http404
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import exceptions, relations, serializers
from rest_framework.decorators import api_view, permission_classes
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.routers import APIRootView, DefaultRouter
from rest_framework.views import exception_handler as drf_exception_handler

from .cache.entries import Fragments
from .challenge import create_challenge
from .errors import DomainError
from .pagination import Pagination  # noqa: F401  (re-exported)


def keep_api_404(request) -> None:
    """Stop LocaleMiddleware turning an API 404 into a redirect to /<lang>/api/."""
    request = getattr(request, "_request", request)
    request.urlconf = "core.api_root_urls"


def exception_handler(exc, context):
    """JSON errors for everything: DRF's, the domain's and Django's own.

    Every error that is not a field validation error answers
    ``{"detail": message, "code": code}``, the message in the request's language.
    """
    if isinstance(exc, DomainError):
        return Response(
            {"detail": str(exc.message), "code": exc.code}, status=exc.status_code
        )
    if isinstance(exc, DjangoValidationError):
        if hasattr(exc, "message_dict"):
            exc = exceptions.ValidationError(exc.message_dict)
        else:
            exc = exceptions.ValidationError({"non_field_errors": exc.messages})
    elif isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = drf_exception_handler(exc, context)
    if (
        response is not None
        and isinstance(exc, exceptions.APIException)
        and isinstance(response.data, dict)
        and set(response.data) == {"detail"}
    ):
        response.data["code"] = getattr(exc.detail, "code", None) or exc.default_code
    if response is not None and response.status_code == 404 and "request" in context:
        keep_api_404(context["request"])
    return response


@api_view(["GET", "POST", "PUT", "PATCH", "DELETE"])
@permission_classes([AllowAny])
def not_found(request, *args, **kwargs):
    """Unknown addresses under /api/ answer JSON, not the site's HTML 404 page."""
    raise exceptions.NotFound(_("There is no API endpoint at this address."))


class ChallengeSerializer(serializers.Serializer):
    algorithm = serializers.CharField()
    challenge = serializers.CharField()
    maxnumber = serializers.IntegerField()
    salt = serializers.CharField()
    signature = serializers.CharField()


@extend_schema(responses=ChallengeSerializer)
@api_view(["GET"])
@permission_classes([AllowAny])
def challenge(request):
    """A proof-of-work challenge (ALTCHA's protocol) for an anonymous write: find
    the number, send the solution as the field ``altcha`` (docs/api.md)."""
    response = Response(create_challenge())
    response["Cache-Control"] = "no-store"  # one per write, never a cached one
    return response


# Links the root lists besides the modules' endpoints: (key, URL name).
EXTRA_ROOT_LINKS = [
    ("pages", "wagtailapi:pages:listing"),
    ("images", "wagtailapi:images:listing"),
    ("wagtail-documents", "wagtailapi:documents:listing"),
    ("challenge", "api-challenge"),
    ("schema", "api-schema"),
    ("docs", "api-docs"),
]


class RootView(APIRootView):
    """The API's entry point: every module's endpoint, Wagtail's v2, schema, docs."""

    extra_links: list[tuple[str, str]] = []

    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        for key, url_name in EXTRA_ROOT_LINKS + self.extra_links:
            try:
                response.data[key] = request.build_absolute_uri(reverse(url_name))
            except NoReverseMatch:
                continue
        return response


class Router(DefaultRouter):
    include_format_suffixes = False
    APIRootView = RootView

    def get_lookup_regex(self, viewset, lookup_prefix=""):
        """Numeric ids only, unless the viewset says otherwise (a slug): "abc" or
        "1.5" in an id's place is an unknown address (404), never a database error."""
        if not hasattr(viewset, "lookup_value_regex") and getattr(
            viewset, "lookup_field", "pk"
        ) in ("pk", "id"):
            viewset.lookup_value_regex = "[0-9]{1,18}"
        return super().get_lookup_regex(viewset, lookup_prefix)


router = Router()


def build_model_fields_once() -> None:
    """Build each ModelSerializer's fields once per class, then copy them.

    DRF builds a model serializer's fields from the model's meta on every
    instance (for a consultation: 1 to 2 ms per request, a tenth of a list
    not cached yet). What it builds depends on the class alone (its Meta, its
    declared fields, the model), so the first build is kept and deep-copied,
    as DRF itself copies the declared fields of every instance.
    """
    if getattr(serializers.ModelSerializer.get_fields, "_sharaka_once", False):
        return
    build = serializers.ModelSerializer.get_fields
    built: dict[type, dict] = {}

    def get_fields(self):
        cls = type(self)
        if cls not in built:
            built[cls] = build(self)
        return copy.deepcopy(built[cls])

    get_fields._sharaka_once = True
    serializers.ModelSerializer.get_fields = get_fields


def share_related_querysets() -> None:
    """Copies of a related field (one per serializer instance) share its queryset.

    DRF deep-copies a serializer's fields for every instance, and a related
    field's copy deep-copies its queryset: its whole query, a tenth of a comment
    written through the API. The queryset is never changed in place (DRF's
    ``get_queryset`` clones it, a field given another one is assigned it), so the
    copies share it.
    """
    if getattr(relations.RelatedField.__deepcopy__, "_sharaka_shared", False):
        return
    copy_field = relations.RelatedField.__deepcopy__

    def __deepcopy__(self, memo):
        queryset = self._kwargs.get("queryset")
        if queryset is not None:
            memo[id(queryset)] = queryset
        return copy_field(self, memo)

    __deepcopy__._sharaka_shared = True
    relations.RelatedField.__deepcopy__ = __deepcopy__


def shared_representations(
    name: str,
    items: dict,
    read: Callable[[list[str]], Iterable],
    serialize: Callable[[list], list[dict]],
    *parts: str,
    covered=(),
) -> dict[str, dict]:
    """The representation of each row of an API list, by pk (as a string), each
    stored once for every reader until the row changes.

    ``items`` maps the pks of the page, in order, to each row's own scopes (its
    every change that the representation shows invalidates one of them).
    ``read(pks)`` reads the rows not stored, in one query, and must return only
    public rows: a row hidden meanwhile is left out, never stored.
    ``serialize(rows)`` makes their representations, which must be the same for
    every reader: nothing of the request's user or query string, nothing that
    changes with time or with frequent writes (a status by date, a support
    count: the view adds those to each answer). ``parts``: what else they vary
    by (the host for absolute addresses ...). ``covered``: the models whose
    every row read here is covered by the rows' scopes (``Fragments.read_missing``).

    A list of 20 rows is then one round trip to the cache for the rows, and a
    query only for those not stored.
    """
    fragments = Fragments(name, items, *parts)
    missing = set(fragments.missing())
    rows = fragments.read_missing(read, covered) if missing else []
    # Every row stored (the usual case): no serializer is even made.
    made = (
        {
            str(row.pk): dict(data)
            for row, data in zip(rows, serialize(rows), strict=True)
        }
        if rows
        else {}
    )
    found = {
        key: fragments.render(key, lambda key=key: made[key])
        for key in fragments.scopes
        if key in made or key not in missing
    }
    fragments.store()
    return found
