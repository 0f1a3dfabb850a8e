"""The parts of every page that are the same for everyone: menu, footer, logo,
legal links and contact. Computed once per language and host, kept in the shared
cache (``core.cache.fragment``) until one of the records they show changes."""

from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language

from core import cache as page_cache
from core.cache import scopes


def portal(request):
    """Menu and footer of the active language, fetched only if a template uses them."""
    return {
        "main_menu": SimpleLazyObject(lambda: _chrome(request)["menu"]),
        "footer": SimpleLazyObject(lambda: _chrome(request)["footer"] or {}),
        "contact": SimpleLazyObject(lambda: _chrome(request)["contact"]),
        "site_logo_url": SimpleLazyObject(lambda: _chrome(request)["logo"]),
        "legal_links": SimpleLazyObject(lambda: _chrome(request)["legal"]),
    }


def _chrome(request) -> dict:
    # Read once per request, however many values use it; each use declares its
    # scopes, so that the fragment showing it (the menu, the footer) has them.
    memo = getattr(request, "_sharaka_chrome", None)
    if memo is None:
        memo = request._sharaka_chrome = scopes.recorded(
            lambda: page_cache.fragment(
                "chrome",
                lambda: _compute(request),
                request.get_host(),
                get_language() or "",
            )
        )
    value, depends = memo
    scopes.depends_on(*depends)
    return value


def _compute(request) -> dict:
    from wagtail.models import Site

    site = Site.find_for_request(request)
    return {
        "menu": _menu(),
        "footer": _footer(),
        "contact": _contact(site),
        "logo": _site_logo_url(site),
        "legal": _legal_links(request, site),
    }


def _menu() -> list[dict]:
    from cms.models import MenuItem

    items = MenuItem.objects.filter(locale__language_code=get_language())
    return [
        {"url": item.url, "label": item.label, "link_page_id": item.link_page_id}
        for item in items.select_related("link_page")
    ]


def _footer() -> dict | None:
    from cms.models import FooterContent
    from frontend.templatetags.portal import block_link_url

    footer = FooterContent.objects.filter(locale__language_code=get_language()).first()
    if footer is None:
        return None
    return {
        "about": footer.about,
        "address": footer.address,
        "links": [
            {
                "url": block_link_url(link.value),
                "label": link.value.get("label")
                or getattr(link.value.get("page"), "title", ""),
            }
            for link in footer.links
        ],
    }


def _contact(site) -> dict:
    from cms.models import ContactSettings

    settings = ContactSettings.objects.filter(site=site).first() if site else None
    if settings is None:
        return {"email": "", "social_links": []}
    return {"email": settings.email, "social_links": settings.social_links}


def _legal_links(request, site) -> dict:
    """The legal pages chosen in the admin, in the reader's language when
    translated: ``{"privacy": {"title", "url"}, "terms": ..., "accessibility": ...}``.
    """
    from cms.models import LegalPages

    links = {}
    chosen = LegalPages.objects.filter(site=site).first() if site else None
    for kind in ("privacy", "terms", "accessibility"):
        page = getattr(chosen, f"{kind}_page", None) if chosen else None
        if page is None or not page.live:
            continue
        page = page.localized
        links[kind] = {"title": page.title, "url": page.get_url(request)}
    return links


def _site_logo_url(site) -> str:
    """The operator's logo (a 80x80 rendition), or "" for the programme's emblem."""
    from cms.models import SiteIdentity

    # A plain read: for_site() would create the row, and so invalidate.
    identity = SiteIdentity.objects.filter(site=site).select_related("logo").first()
    logo = identity.logo if identity else None
    return logo.get_rendition("fill-80x80").url if logo else ""
