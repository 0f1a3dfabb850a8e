"""Public addresses of events and trainings, for the sitemap."""

from core.sitemaps import ModuleSitemap

from . import queries


class EventSitemap(ModuleSitemap):
    def items(self):
        return queries.public_events().order_by("-start")


SITEMAPS = {"events": EventSitemap}
