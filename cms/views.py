"""Site-wide views: sitemap.xml, robots.txt and the news feeds."""

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import cache_page
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Locale, Page

from cms.models import NewsPage

FEED_SIZE = 30


class PortalSitemap(Sitemap):
    """Every live public page of every language, not only the default tree."""

    def items(self):
        root = self.get_wagtail_site().root_page
        trees = Page.objects.none()
        for home in Page.objects.filter(translation_key=root.translation_key):
            trees |= Page.objects.descendant_of(home, inclusive=True)
        return trees.live().public().order_by("path").defer_streamfields().specific()


def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": PortalSitemap(request)})


@cache_page(60 * 60)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /api/",
        "Disallow: /*/accounts/",
        "Disallow: /*/account/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")


class NewsRssFeed(Feed):
    """The latest news of the active language (live, public pages only)."""

    description = _("News of the open-government portal")

    def title(self):
        return _("Sharaka: news")

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
        return item.title

    def item_description(self, item):
        return item.summary

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
