"""Admin and serving hooks of the library.

Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD = "serve_view") checks collection
privacy in its own ``before_serve_document`` hook first; ours runs after it
(order=100), so only downloads actually allowed are counted.
"""

from django.db.models import Count
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.documents import get_document_model

from .models import ExtractionStatus, LibraryDocument
from .services import document_count_download, document_queue_extraction


@hooks.register("before_serve_document", order=100)
def count_download(document, request):
    if request.method == "GET" and "HTTP_RANGE" not in request.META:
        document_count_download(document=document)


def _can_change(user) -> bool:
    from wagtail.permissions import policy_registry

    permission_policy = policy_registry.get_by_type(get_document_model())
    return permission_policy.user_has_any_permission(user, ["change", "add"])


def extraction_status(request):
    """Where text extraction stands: counts by status and the documents waiting or
    failing, with a button to try again."""
    if not _can_change(request.user):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied
    counts = dict(
        LibraryDocument.objects.values_list("extraction_status")
        .annotate(n=Count("pk"))
        .values_list("extraction_status", "n")
    )
    total = sum(counts.values())
    finished = total - counts.get(ExtractionStatus.PENDING, 0)
    rows = LibraryDocument.objects.exclude(
        extraction_status=ExtractionStatus.DONE
    ).order_by("-created_at")[:200]
    return TemplateResponse(
        request,
        "library/admin/extraction_status.html",
        {
            "statuses": [
                (value, label, counts.get(value, 0))
                for value, label in ExtractionStatus.choices
            ],
            "total": total,
            "finished": finished,
            "percent": round(100 * finished / total) if total else 100,
            "documents": rows,
            "header_title": _("Text extraction"),
        },
    )


@require_POST
def extraction_retry(request, pk):
    if not _can_change(request.user):
        from django.core.exceptions import PermissionDenied

        raise PermissionDenied
    document = get_object_or_404(get_document_model(), pk=pk)
    LibraryDocument.objects.filter(pk=pk).update(
        extraction_status=ExtractionStatus.PENDING, extraction_error=""
    )
    document_queue_extraction(document=document)
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
        return _can_change(request.user)


@hooks.register("register_admin_menu_item")
def extraction_menu_item():
    return ExtractionMenuItem(
        _("Text extraction"),
        reverse("library_extraction_status"),
        icon_name="doc-full",
        order=410,
    )
