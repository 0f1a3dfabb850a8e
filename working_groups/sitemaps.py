"""Public addresses of working groups, their news posts and verified organisations,
for the sitemap."""

from core.sitemaps import ModuleSitemap

from . import queries


class WorkingGroupSitemap(ModuleSitemap):
    def items(self):
        return queries.public_groups().order_by("pk")


class OrganisationSitemap(ModuleSitemap):
    def items(self):
        return queries.public_organisations().order_by("pk")


class GroupNewsSitemap(ModuleSitemap):
    def items(self):
        return queries.public_news().order_by("pk")

    def lastmod(self, item):
        return item.updated_at


SITEMAPS = {
    "groups": WorkingGroupSitemap,
    "news": GroupNewsSitemap,
    "organisations": OrganisationSitemap,
}
