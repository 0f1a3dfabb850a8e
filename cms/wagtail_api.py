"""Wagtail API v2 at /api/v2/: pages, images and documents.

Pages are filterable by ``type`` and ``locale`` (Wagtail's own filters); the detail
of a page also lists its published translations, so that a client can switch
language the way the site's language switcher does.
"""

from rest_framework.fields import Field
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.serializers import PageSerializer
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


class SharakaPageSerializer(PageSerializer):
    translations = TranslationsField(read_only=True)


class SharakaPagesAPIViewSet(Keep404Mixin, PagesAPIViewSet):
    base_serializer_class = SharakaPageSerializer
    meta_fields = PagesAPIViewSet.meta_fields + ["translations"]
    detail_only_fields = PagesAPIViewSet.detail_only_fields + ["translations"]


class SharakaImagesAPIViewSet(Keep404Mixin, ImagesAPIViewSet):
    pass


class SharakaDocumentsAPIViewSet(Keep404Mixin, DocumentsAPIViewSet):
    pass


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", SharakaPagesAPIViewSet)
api_router.register_endpoint("images", SharakaImagesAPIViewSet)
api_router.register_endpoint("documents", SharakaDocumentsAPIViewSet)
