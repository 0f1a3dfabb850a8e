"""Public addresses of working groups and verified organisations, for the sitemap."""

from core.sitemaps import ModuleSitemap

from . import queries


class WorkingGroupSitemap(ModuleSitemap):
    def items(self):
        return queries.public_groups().order_by("pk")


class OrganisationSitemap(ModuleSitemap):
    def items(self):
        return queries.public_organisations().order_by("pk")


SITEMAPS = {"groups": WorkingGroupSitemap, "organisations": OrganisationSitemap}
