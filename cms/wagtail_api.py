"""Wagtail API v2 at /api/v2/: pages, images and documents.

Pages are filterable by ``type`` and ``locale`` (Wagtail's own filters); the detail
of a page also lists its published translations, so that a client can switch
language the way the site's language switcher does.
"""

from drf_spectacular.utils import (
    OpenApiParameter,
    extend_schema,
    inline_serializer,
)
from rest_framework import serializers
from rest_framework.fields import Field
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from core.api import keep_api_404


class Keep404Mixin:
    """Wagtail's own JSON 404 (``{"message": ...}``) stays a 404 under /api/v2/."""

    def handle_exception(self, exc):
        response = super().handle_exception(exc)
        if response.status_code == 404:
            keep_api_404(self.request)
        return response


class TranslationsField(Field):
    """The page's live, public translations: id, locale, title and address."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, page):
        translations = page.get_translations().live().public().select_related("locale")
        return [
            {
                "id": translation.pk,
                "locale": translation.locale.language_code,
                "title": translation.title,
                "html_url": translation.full_url,
            }
            for translation in translations
        ]


# What Wagtail's v2 endpoints answer, for the OpenAPI schema (Wagtail's viewsets
# build their serializers per request, which schema generators cannot follow).
_ITEM_META = inline_serializer(
    "WagtailItemMeta",
    {
        "type": serializers.CharField(help_text="app_label.ModelName"),
        "detail_url": serializers.URLField(),
        "html_url": serializers.URLField(required=False, allow_null=True),
        "download_url": serializers.URLField(required=False),
        "locale": serializers.CharField(required=False),
        "first_published_at": serializers.DateTimeField(
            required=False, allow_null=True
        ),
    },
)
_ITEM = inline_serializer(
    "WagtailItem",
    {
        "id": serializers.IntegerField(),
        "meta": _ITEM_META,
        "title": serializers.CharField(),
    },
)
_LISTING = inline_serializer(
    "WagtailListing",
    {
        "meta": inline_serializer(
            "WagtailListingMeta", {"total_count": serializers.IntegerField()}
        ),
        "items": inline_serializer(
            "WagtailItems",
            {"id": serializers.IntegerField(), "meta": _ITEM_META},
            many=True,
        ),
    },
)
_COMMON = [
    OpenApiParameter("fields", str, description="Comma-separated fields to add."),
    OpenApiParameter("limit", int, description="Items per page (at most 20)."),
    OpenApiParameter("offset", int),
    OpenApiParameter("order", str, description="A field name, '-' to reverse."),
    OpenApiParameter("search", str),
]
_PAGE_FILTERS = [
    OpenApiParameter(
        "type", str, description="A page type, e.g. cms.NewsPage (its fields too)."
    ),
    OpenApiParameter("locale", str, enum=["ar", "fr", "en"]),
    OpenApiParameter("child_of", int),
    OpenApiParameter("descendant_of", int),
    OpenApiParameter("translation_of", int),
]


# The largest offset or limit a database accepts (a signed 64-bit integer).
_BIGINT = 2**63 - 1


def _check_window(request) -> None:
    """An ``offset`` or ``limit`` past what a database can count is a bad request
    (Wagtail would pass it on, and the database would fail)."""
    for name in ("offset", "limit"):
        value = request.GET.get(name, "")
        if value.strip().isdigit() and int(value) > _BIGINT:
            raise BadRequestError(f"{name} must be a positive integer below 2^63")


def _described(kind: str, filters=()):
    """Give a Wagtail v2 viewset's listing and detail views their schema."""

    def decorate(viewset):
        @extend_schema(
            operation_id=f"v2_{kind}_list",
            summary=f"List of {kind}",
            parameters=[*_COMMON, *filters],
            responses=_LISTING,
        )
        def listing_view(self, request):
            _check_window(request)
            return super(viewset, self).listing_view(request)

        @extend_schema(
            operation_id=f"v2_{kind}_detail",
            summary=f"One of the {kind}",
            parameters=[OpenApiParameter("fields", str)],
            responses=_ITEM,
        )
        def detail_view(self, request, pk):
            return super(viewset, self).detail_view(request, pk)

        viewset.listing_view = listing_view
        viewset.detail_view = detail_view
        return viewset

    return decorate


class SharakaPageSerializer(PageSerializer):
    translations = TranslationsField(read_only=True)


@_described("pages", _PAGE_FILTERS)
class SharakaPagesAPIViewSet(Keep404Mixin, PagesAPIViewSet):
    base_serializer_class = SharakaPageSerializer
    meta_fields = PagesAPIViewSet.meta_fields + ["translations"]
    detail_only_fields = PagesAPIViewSet.detail_only_fields + ["translations"]


@_described("images")
class SharakaImagesAPIViewSet(Keep404Mixin, ImagesAPIViewSet):
    pass


@_described("documents")
class SharakaDocumentsAPIViewSet(Keep404Mixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", SharakaPagesAPIViewSet)
api_router.register_endpoint("images", SharakaImagesAPIViewSet)
api_router.register_endpoint("documents", SharakaDocumentsAPIViewSet)
