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


def _per_change(name: str, request, compute):
    """``compute()``, kept in the shared cache until the next change of content.

    Keyed by the page cache's generation (any save bumps it), the host and the
    language: a change shows on the next request; the others cost no query.
    """
    from django.core.cache import cache
    from django.utils import translation

    from core import cache as page_cache

    # One read of the generation per request, however many values use it.
    generation = getattr(request, "_sharaka_generation", None)
    if generation is None:
        generation = request._sharaka_generation = page_cache.generation()
    key = ":".join(
        [
            "sharaka",
            name,
            str(generation),
            request.get_host(),
            translation.get_language() or "",
        ]
    )
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, 60 * 60)
    return value


def _legal_links(request) -> dict:
    """The legal pages chosen in the admin, in the reader's language when
    translated: ``{"privacy": {"title", "url"}, "terms": ..., "accessibility": ...}``.
    """
    from wagtail.models import Site

    from cms.models import LegalPages

    def compute():
        links = {}
        site = Site.find_for_request(request)
        chosen = LegalPages.objects.filter(site=site).first() if site else None
        for kind in ("privacy", "terms", "accessibility"):
            page = getattr(chosen, f"{kind}_page", None) if chosen else None
            if page is None or not page.live:
                continue
            page = page.localized
            links[kind] = {"title": page.title, "url": page.get_url(request)}
        return links

    return _per_change("legal", request, compute)


def _site_logo_url(request) -> str:
    """The operator's logo (a 80x80 rendition), or "" for the programme's emblem."""
    from wagtail.models import Site

    from cms.models import SiteIdentity

    def compute():
        site = Site.find_for_request(request)
        # A plain read: for_site() would create the row, and so bump the cache.
        identity = SiteIdentity.objects.filter(site=site).select_related("logo").first()
        logo = identity.logo if identity else None
        return logo.get_rendition("fill-80x80").url if logo else ""

    return _per_change("logo", request, compute)
