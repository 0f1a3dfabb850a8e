"""Values read once per request: the same locale row is not fetched again by each
template tag, page URL and translation helper that asks for it.

``RequestMemoMiddleware`` opens a fresh memo for each request; ``memoized(key,
compute)`` outside a request (commands, tasks, tests without a request) simply
computes. Only immutable-in-practice rows belong here (locales), and a request
never sees another request's values.

The rows Wagtail asks for on every page (the site of the host, the locales, the
pages under a view restriction, the sites' root paths) are read together, once
per request, from the shared cache (``site_rows``): every process reuses them
until one of their tables changes, so a page not cached yet starts with one
round trip to the cache instead of four queries. Wagtail's route from an address
to its page is shared the same way (``_shared_route``).
"""

import contextvars
import hashlib
from collections.abc import Callable
from typing import Any

from .entries import Fragments, fragment
from .scopes import depends_on, recorded

_memo: contextvars.ContextVar[dict | None] = contextvars.ContextVar(
    "sharaka_request_memo", default=None
)


def memoized(key, compute: Callable[[], Any]):
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


class RequestMemoMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({"request": request})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)


class SiteRows:
    """The site of this request's host, the locales by language code, the pages
    under a view restriction and the sites' root paths.

    All four are read from the shared cache in one round trip when the request
    first asks for one of them; one that is not stored is read from the database
    only when asked for (an API list needs the locales, not the site), and stored
    until one of the tables it read changes.
    """

    def __init__(self, hostname: str, port: str):
        self.hostname, self.port = hostname, port
        self.site_key = f"site:{hostname}:{port}"
        self.values: dict[str, Any] = {}
        self.fragments = Fragments(
            "site-rows",
            {
                "locales": ("wagtailcore.locale",),
                "restricted": ("wagtailcore.pageviewrestriction", "wagtailcore.page"),
                "root-paths": ("wagtailcore.site", "wagtailcore.page"),
                self.site_key: ("wagtailcore.site", "wagtailcore.page"),
            },
        )

    def _get(self, key: str, compute: Callable[[], Any]):
        if key not in self.values:
            self.values[key] = recorded(lambda: self.fragments.render(key, compute))
            self.fragments.store()  # made once in a while: stored at once
        value, scopes = self.values[key]
        depends_on(*scopes)
        return value

    @property
    def locales(self) -> dict:
        from wagtail.models import Locale

        return self._get(
            "locales", lambda: {loc.language_code: loc for loc in Locale.objects.all()}
        )

    @property
    def restricted(self) -> list:
        from wagtail.models import PageViewRestriction

        rows = PageViewRestriction.objects.select_related("page")
        return self._get("restricted", lambda: [row.page for row in rows])

    @property
    def root_paths(self) -> list:
        return self._get("root-paths", _original["root paths"])

    @property
    def site(self):
        # A host with no site of its own gets the default one; no site at all: None
        # (stored as False: a fragment cannot be None).
        return self._get(self.site_key, self._find_site) or None

    def _find_site(self):
        from wagtail.models import Site
        from wagtail.models.sites import get_site_for_hostname

        try:
            return get_site_for_hostname(self.hostname, int(self.port))
        except Site.DoesNotExist:
            return False


def site_rows(db: str = "default") -> SiteRows | None:
    """This request's shared rows; ``None`` outside a request or for another
    database (the callers then read the rows themselves)."""
    memo = _memo.get()
    request = memo.get("request") if memo is not None else None
    if request is None or db != "default":
        return None
    from django.http.request import split_domain_port

    hostname = split_domain_port(request._get_raw_host())[0]
    port = str(request.get_port())
    return memoized(("site rows", hostname, port), lambda: SiteRows(hostname, port))


_original: dict[str, Callable] = {}


def install() -> None:
    """Locales by language code, the site of the host, the sites' root paths and
    the pages under a view restriction (and so whether a page has any): from the
    shared rows in a request, once per request otherwise (Wagtail asks for each
    link, and for each ``.public()`` query)."""
    from django.db.models import Q
    from wagtail.models import Locale, Page, PageViewRestriction, Site
    from wagtail.models.i18n import (
        LocaleManager,
        get_supported_content_language_variant,
    )
    from wagtail.query import PageQuerySet

    if _original:
        return
    original = _original["locale"] = LocaleManager.get_for_language

    def get_for_language(self, language_code):
        rows = site_rows(self.db)
        if rows is None:
            return memoized(
                ("locale", self.db, language_code),
                lambda: original(self, language_code),
            )
        code = get_supported_content_language_variant(language_code)
        if code not in rows.locales:
            raise Locale.DoesNotExist(f"No locale for {code!r}.")
        return rows.locales[code]

    LocaleManager.get_for_language = get_for_language

    def private_q(self):
        def restricted():
            rows = PageViewRestriction.objects.using(self.db).select_related("page")
            return [restriction.page for restriction in rows]

        rows = site_rows(self.db)
        pages = (
            rows.restricted
            if rows is not None
            else memoized(("restricted pages", self.db), restricted)
        )
        q = Q()
        for page in pages:
            q |= self.descendant_of_q(page, inclusive=True)
        return q if q else Q(pk__in=[])  # as Wagtail: no private section, no match

    PageQuerySet.private_q = private_q

    root_paths = _original["root paths"] = Site.get_site_root_paths

    def get_site_root_paths():
        rows = site_rows()
        if rows is None:
            return memoized("site root paths", root_paths)
        return rows.root_paths

    Site.get_site_root_paths = staticmethod(get_site_root_paths)

    view_restrictions = _original["restrictions"] = Page.get_view_restrictions

    def get_view_restrictions(self):
        # No restriction anywhere (the usual case): nothing to look up for this
        # page, its ancestors or the pages it is an alias of.
        rows = site_rows()
        if rows is not None and not rows.restricted:
            # Known empty: going through it or asking ``exists()`` (Wagtail's
            # serve hook, the page body's fragment) compiles no query either.
            none = PageViewRestriction.objects.none()
            none._result_cache = []
            return none
        return view_restrictions(self)

    Page.get_view_restrictions = get_view_restrictions

    find_site = _original["site"] = Site._find_for_request

    def find_for_request(request):
        rows = site_rows()
        return find_site(request) if rows is None else rows.site

    Site._find_for_request = staticmethod(find_for_request)

    route = _original["route"] = Page.route_for_request

    def route_for_request(request, path):
        if hasattr(request, "_wagtail_route_for_request") or site_rows() is None:
            return route(request, path)
        return _shared_route(request, path, route)

    Page.route_for_request = staticmethod(route_for_request)


# Longer addresses are routed by Wagtail each time (no page is that deep here).
ROUTE_MAX_PATH = 300


def _shared_route(request, path: str, route: Callable):
    """Wagtail's route to the page at ``path`` (the page, with its content),
    shared by every process until a page changes. Only found pages are stored:
    an address that leads nowhere stores nothing."""
    from django.utils import translation
    from wagtail.models import Site

    site = Site.find_for_request(request)
    if site is None or len(path) > ROUTE_MAX_PATH:
        return route(request, path)
    normal = "/".join(part for part in path.split("/") if part)
    digest = hashlib.blake2b(normal.encode(), digest_size=16).hexdigest()
    language = translation.get_language() or ""
    found = fragment(
        "route", lambda: route(request, path), str(site.pk), language, digest
    )
    request._wagtail_route_for_request = found  # as Wagtail keeps it
    return found
