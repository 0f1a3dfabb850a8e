"""The API's shared pieces: Wagtail's v2 router, pagination and JSON errors.

The participation modules register their DRF viewsets on ``router`` from their own
``api.py``; ``cms.api_urls`` imports those modules and serves the root at /api/.
"""

from django.core.exceptions import (
    PermissionDenied,
)
from django.core.exceptions import (
    ValidationError as DjangoValidationError,
)
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from rest_framework import exceptions, status
from rest_framework.pagination import PageNumberPagination
from rest_framework.response import Response
from rest_framework.routers import DefaultRouter
from rest_framework.views import exception_handler as drf_exception_handler


class Pagination(PageNumberPagination):
    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100


class DomainError(Exception):
    """A rule refused the request; ``status_code`` says how (409 by default).

    Services raise subclasses with a translatable message; the API answers with
    ``{"detail": message, "code": code}`` and the site shows the message on the form.
    """

    status_code = status.HTTP_409_CONFLICT
    code = "conflict"

    def __init__(self, message=None, *, code: str | None = None):
        self.message = message or _("This action is not possible now.")
        if code:
            self.code = code
        super().__init__(str(self.message))


class Forbidden(DomainError):
    status_code = status.HTTP_403_FORBIDDEN
    code = "forbidden"


def exception_handler(exc, context):
    """JSON errors for everything: DRF's, the domain's and Django's own."""
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
    return drf_exception_handler(exc, context)


class Router(DefaultRouter):
    include_format_suffixes = False


router = Router()
