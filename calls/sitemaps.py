"""Public addresses of calls for applications, and of their published results."""

from django.urls import reverse

from core.sitemaps import ModuleSitemap

from . import queries


class CallSitemap(ModuleSitemap):
    changefreq = "weekly"

    def items(self):
        return queries.published_calls()

    def location(self, item) -> str:
        return reverse("calls_detail", kwargs={"slug": item.slug})


class ResultsSitemap(ModuleSitemap):
    changefreq = "monthly"

    def items(self):
        return queries.published_calls().exclude(results_published_at=None)

    def location(self, item) -> str:
        return reverse("calls_results", kwargs={"slug": item.slug})


SITEMAPS = {"calls": CallSitemap, "call_results": ResultsSitemap}
