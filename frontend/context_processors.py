from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from cms.models import FooterContent, MenuItem


def _for_active_locale(queryset):
    return queryset.filter(locale__language_code=get_language())


def portal(request):
    """Menu and footer of the active language, fetched only if a template uses them."""
    return {
        "main_menu": SimpleLazyObject(
            lambda: list(
                _for_active_locale(MenuItem.objects.select_related("link_page"))
            )
        ),
        "footer": SimpleLazyObject(
            lambda: _for_active_locale(FooterContent.objects.all()).first()
        ),
        "site_logo_url": SimpleLazyObject(lambda: _site_logo_url(request)),
        "legal_links": SimpleLazyObject(lambda: _legal_links(request)),
    }


def _legal_links(request) -> dict:
    """The legal pages chosen in the admin, in the reader's language when
    translated: ``{"privacy": {"title", "url"}, "terms": ..., "accessibility": ...}``.

    From the shared cache, keyed like the logo: a change shows on the next request.
    """
    from django.core.cache import cache
    from django.utils import translation
    from wagtail.models import Site

    from cms.models import LegalPages
    from core import cache as page_cache

    language = translation.get_language()
    key = f"sharaka:legal:{page_cache.generation()}:{request.get_host()}:{language}"
    links = cache.get(key)
    if links is None:
        links = {}
        site = Site.find_for_request(request)
        chosen = LegalPages.objects.filter(site=site).first() if site else None
        for kind in ("privacy", "terms", "accessibility"):
            page = getattr(chosen, f"{kind}_page", None) if chosen else None
            if page is None or not page.live:
                continue
            page = page.localized
            links[kind] = {"title": page.title, "url": page.get_url(request)}
        cache.set(key, links, 60 * 60)
    return links


def _site_logo_url(request) -> str:
    """The operator's logo (a 80x80 rendition), or "" for the programme's emblem.

    Read from the shared cache, keyed by the page cache's generation, so that a
    new logo shows on the next request and costs no query on the others.
    """
    from django.core.cache import cache
    from wagtail.models import Site

    from cms.models import SiteIdentity
    from core import cache as page_cache

    key = f"sharaka:logo:{page_cache.generation()}:{request.get_host()}"
    url = cache.get(key)
    if url is None:
        site = Site.find_for_request(request)
        # A plain read: for_site() would create the row, and so bump the cache.
        identity = SiteIdentity.objects.filter(site=site).select_related("logo").first()
        logo = identity.logo if identity else None
        url = logo.get_rendition("fill-80x80").url if logo else ""
        cache.set(key, url, 60 * 60)
    return url
