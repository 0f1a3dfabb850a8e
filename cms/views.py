"""Site-wide views: sitemap.xml, robots.txt and the news feeds."""

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps.views import sitemap as sitemap_view
from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_page
from wagtail.models import Locale, Page, Site

from cms.models import NewsPage
from core.links import absolute_url
from core.sitemaps import PortalAddressMixin, sitemaps
from core.text import strip_markup

FEED_SIZE = 30


class PageSitemap(PortalAddressMixin, Sitemap):
    """Every live public page of every language's tree (each language is a page)."""

    def items(self):
        site = Site.objects.filter(is_default_site=True).select_related("root_page")
        root = site.first().root_page if site.exists() else None
        if root is None:
            return Page.objects.none()
        trees = Page.objects.none()
        for home in Page.objects.filter(translation_key=root.translation_key):
            trees |= Page.objects.descendant_of(home, inclusive=True)
        return trees.live().public().order_by("path").defer_streamfields()

    def location(self, page) -> str:
        return page.get_url_parts()[2]

    def lastmod(self, page):
        return page.last_published_at


def sitemap(request):
    """Editorial pages, then every module's public records (``core.sitemaps``)."""
    return sitemap_view(request, sitemaps={"pages": PageSitemap(), **sitemaps()})


@cache_page(60 * 60)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /api/",
        "Disallow: /*/accounts/",
        "Disallow: /*/account/",
        f"Sitemap: {absolute_url(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


class NewsRssFeed(Feed):
    """The latest news of the active language (live, public pages only)."""

    description = _("News of the open-government portal")

    def title(self):
        return _("%(portal)s: news") % {"portal": _("Open Government Morocco")}

    def link(self):
        return reverse("news_feed_rss")

    def items(self):
        return (
            NewsPage.objects.live()
            .public()
            .filter(locale=Locale.get_active())
            .order_by("-date", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        # Readers show an RSS title as HTML too: a headline never needs markup.
        return strip_markup(item.title)

    def item_description(self, item):
        # Readers render a description as HTML: the plain summary is escaped.
        return escape(item.summary)

    def item_link(self, item):
        return item.get_url() or item.url_path

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.get_kind_display()]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed
    subtitle = NewsRssFeed.description

    def link(self):
        return reverse("news_feed_atom")
