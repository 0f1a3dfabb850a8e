"""The sitemap: every public address of every module, in every language.

A module declares its sitemaps in its own ``sitemaps.py`` (``SITEMAPS = {"name":
SitemapClass}``), built on ``ModuleSitemap``: its items are the records its
``queries`` call public, each listed under /ar/, /fr/ and /en/ with its
alternates. Addresses use the portal's public address (``SITE_URL``), never the
host a request happened to use.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.sitemaps import Sitemap

from . import modules


class PortalAddressMixin:
    """Absolute addresses on ``SITE_URL`` (scheme and host)."""

    def get_domain(self, site=None) -> str:
        return urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc

    def get_protocol(self, protocol=None) -> str:
        return urlsplit(settings.WAGTAILADMIN_BASE_URL).scheme or "https"


class ModuleSitemap(PortalAddressMixin, Sitemap):
    """A module's public records, each in every language of the site."""

    i18n = True
    alternates = True
    x_default = True

    def location(self, item) -> str:
        return item.get_absolute_url()


def sitemaps() -> dict[str, Sitemap]:
    """Every module's sitemaps, named ``<module>-<name>``, in module order."""
    found = {}
    for config, declared in modules.attribute("sitemaps", "SITEMAPS"):
        for name, sitemap in declared.items():
            found[f"{config.label}-{name}"] = sitemap()
    return found
