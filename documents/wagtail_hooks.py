"""Admin and serving hooks of the library.

Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD = "serve_view") checks collection
privacy in its own ``before_serve_document`` hook first; ours runs after it
(order=100), so only downloads actually allowed are counted.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import queries, services
from .models import LibraryDocument


@hooks.register("before_serve_document", order=100)
def count_download(document, request):
    # A range request is a part of a download (a resumed or streamed one).
    if request.method == "GET" and "HTTP_RANGE" not in request.META:
        services.document_count_download(document=document)


def extraction_status(request):
    """Where text extraction stands: counts by status and the documents waiting or
    failing, with a button to try again."""
    if not request.user.has_perm("library.manage_extraction"):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "library/admin/extraction_status.html",
        {**queries.extraction_progress(), "header_title": _("Text extraction")},
    )


@require_POST
def extraction_retry(request, pk):
    if not request.user.has_perm("library.manage_extraction"):
        raise PermissionDenied
    document = get_object_or_404(LibraryDocument, pk=pk)
    services.document_retry_extraction(document=document, by=request.user)
    return HttpResponseRedirect(reverse("library_extraction_status"))


@hooks.register("register_admin_urls")
def admin_urls():
    return [
        path(
            "library/extraction/",
            extraction_status,
            name="library_extraction_status",
        ),
        path(
            "library/extraction/<int:pk>/retry/",
            extraction_retry,
            name="library_extraction_retry",
        ),
    ]


class ExtractionMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("library.manage_extraction")


@hooks.register("register_admin_menu_item")
def extraction_menu_item():
    return ExtractionMenuItem(
        _("Text extraction"),
        reverse("library_extraction_status"),
        icon_name="doc-full",
        order=410,
    )
