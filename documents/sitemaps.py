"""Public addresses of the library's documents, for the sitemap."""

from django.urls import reverse

from core.sitemaps import ModuleSitemap

from . import queries


class DocumentSitemap(ModuleSitemap):
    def items(self):
        return queries.published().order_by("-pk")

    def location(self, item) -> str:
        return reverse("library_detail", kwargs={"pk": item.pk})

    def lastmod(self, item):
        return item.created_at


SITEMAPS = {"documents": DocumentSitemap}
