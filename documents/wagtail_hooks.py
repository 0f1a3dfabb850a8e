"""Admin and serving hooks of the library; its admin screens are in
``admin_views.py``.

Wagtail's serve view (WAGTAILDOCS_SERVE_METHOD = "serve_view") checks collection
privacy in its own ``before_serve_document`` hook first; ours runs after it
(order=100), so only downloads actually allowed are counted.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views, services


@hooks.register("before_serve_document", order=100)
def count_download(document, request):
    # A range request is a part of a download (a resumed or streamed one).
    if request.method == "GET" and "HTTP_RANGE" not in request.META:
        services.document_count_download(document=document)


@hooks.register("register_admin_urls")
def register_admin_urls():
    return admin_views.urlpatterns


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
