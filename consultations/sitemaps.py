"""Public addresses of consultations, for the sitemap (contributions are shown on
their consultation's page)."""

from django.urls import reverse

from core.sitemaps import ModuleSitemap

from . import queries


class ConsultationSitemap(ModuleSitemap):
    changefreq = "daily"

    def items(self):
        return queries.source_consultations().select_related("locale")

    def location(self, item) -> str:
        if item.is_general_box:
            return reverse("consultation_general_box")
        return reverse("consultation_detail", kwargs={"slug": item.slug})

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {"consultations": ConsultationSitemap}
