"""Admin screens of the library: where text extraction stands, and trying again.

Each screen asks the rules (``user.has_perm("library.manage_extraction")``) and
each action goes through ``documents.services``.
"""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from . import queries, services
from .models import LibraryDocument


def _require(user, rule: str, obj=None) -> None:
    if not user.has_perm(rule, obj):
        raise PermissionDenied


def extraction_status(request):
    """Where text extraction stands: counts by status and the documents waiting or
    failing, with a button to try again."""
    _require(request.user, "library.manage_extraction")
    return TemplateResponse(
        request,
        "library/admin/extraction_status.html",
        {
            **queries.extraction_progress(),
            "page_title": _("Text extraction"),
            "header_icon": "doc-full",
        },
    )


@require_POST
def extraction_retry(request, pk):
    _require(request.user, "library.manage_extraction")
    document = get_object_or_404(LibraryDocument, pk=pk)
    services.document_retry_extraction(document=document, by=request.user)
    return HttpResponseRedirect(reverse("library_extraction_status"))


urlpatterns = [
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
