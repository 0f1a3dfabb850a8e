"""Whole-response cache for anonymous reads, pages and API alike.

Each response is stored with the generations of the scopes it depends on
(``core.cache.scopes``): the tables it read and the finer scopes its view
declared. A write invalidates only the scopes it changes, so a comment on one
consultation leaves the other consultations and the news cached. A hit is one
``get_many``. Logged-in visitors, forms that carry a CSRF token and responses
that set cookies are never cached; a page whose view says it is the same for
everyone but the account menu is served to signed-in citizens from the
anonymous entry, with their own menu (``members``).
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from . import entries, local, members
from .scopes import Recording

SKIP_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# The admin and the account pages (under each language prefix) are never cached;
# static files and media are served by WhiteNoise and the web server, not stored.
_LANGUAGES = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
_FILES = "|".join(
    re.escape(prefix.lstrip("/"))
    for prefix in (settings.STATIC_URL, settings.MEDIA_URL)
    if prefix and prefix.startswith("/") and prefix != "/"
)
PRIVATE_PATHS = re.compile(
    rf"^/(?:admin|django-admin)/|^/(?:(?:{_LANGUAGES})/)?(?:accounts|account)/"
    + (rf"|^/(?:{_FILES})" if _FILES else "")
)


def _language(request) -> str:
    """The language the answer will be in, worked out once per request (the key
    and the store both ask; the address and the cookies do not change)."""
    language = request.__dict__.get("_sharaka_language")
    if language is None:
        language = translation.get_language_from_request(request, check_path=True)
        request._sharaka_language = language
    return language


def _key(request, language: str | None = None) -> str:
    """Path, query, content type and language: what an anonymous answer depends on.

    The key is computed before LocaleMiddleware runs, so the language is worked
    out the same way it will be (URL prefix, then cookie, then Accept-Language):
    the API, outside the language prefixes, answers in the visitor's language.
    """
    digest = hashlib.blake2b(request.get_full_path().encode(), digest_size=16)
    accept = request.headers.get("Accept", "")[:64]
    language = language or _language(request)
    digest.update(f"|{accept}|{language}|{request.scheme}".encode())
    return f"sharaka:page:{request.get_host()}:{digest.hexdigest()}"


def _family(host_key: str, request) -> str:
    """The address without its query string: what a new query of a known page
    (another list page, a campaign tag) most likely depends on. Only a name in
    this process's memory of scopes, never a key of the cache."""
    return f"{host_key}:family:{request.path}"


def _batch(request) -> str:
    """What the stored parts a render reads are remembered under: the address
    without its query string, apart for anonymous and signed-in readers."""
    signed_in = settings.SESSION_COOKIE_NAME in request.COOKIES
    return f"{request.get_host()}:{int(signed_in)}:{request.path}"


# Cache-Control directives that forbid a shared cache from keeping the answer.
NOT_SHARED = {"private", "no-store", "no-cache"}


def _directives(response) -> set[str]:
    header = response.get("Cache-Control", "")
    return {part.split("=")[0].strip().lower() for part in header.split(",")}


class AnonymousCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.seconds = settings.PAGE_CACHE_SECONDS
        self.enabled = settings.PAGE_CACHE_ENABLED

    def cacheable_request(self, request) -> bool:
        return (
            self.enabled
            and request.method in ("GET", "HEAD")
            and not any(name in request.COOKIES for name in SKIP_COOKIES)
            and not PRIVATE_PATHS.match(request.path)
            and "HTTP_AUTHORIZATION" not in request.META
        )

    def member_request(self, request) -> bool:
        """A signed-in person's GET: may get a page shared with members."""
        return (
            self.enabled
            and request.method == "GET"
            and settings.SESSION_COOKIE_NAME in request.COOKIES
            and "messages" not in request.COOKIES
            and not PRIVATE_PATHS.match(request.path)
            and "HTTP_AUTHORIZATION" not in request.META
        )

    def __call__(self, request):
        if self.member_request(request):
            response = self.serve_member(request)
            return response if response is not None else self.render(request)
        if not self.cacheable_request(request):
            return self.render(request)
        key = _key(request)
        response, _found = local.serve(key)
        if response is not None:
            response["X-Cache"] = "hit"
            return response
        # The answer's entry, and what its render would read, in one round trip.
        family, batch_family = _family(key.rsplit(":", 1)[0], request), _batch(request)
        ahead = entries.Batch.keys_of_family(batch_family)
        keys = [*entries.keys_of(key, family), *ahead]
        found = cache.get_many(list(dict.fromkeys(keys)))
        lookup = entries.Lookup(key, found, family)
        if lookup.hit:
            local.keep(key, lookup)
            response = lookup.value
            response["X-Cache"] = "hit"
            return response
        with entries.Batch(batch_family, keys, found):
            response = self.render_and_store(request, lookup)
        response["X-Cache"] = "miss"
        return response

    def render(self, request):
        """The view's answer; a GET reads the stored parts this address used in
        its last renders in one round trip first (``entries.Batch``), unless the
        page lookup already read them."""
        if (
            not self.enabled
            or request.method != "GET"
            or PRIVATE_PATHS.match(request.path)
            or entries.active_batch() is not None
        ):
            return self.get_response(request)
        with entries.Batch(_batch(request)):
            return self.get_response(request)

    def render_and_store(self, request, lookup):
        with Recording() as recording:
            response = self.render(request)
        # Only GETs are stored (a HEAD answer must never be replayed to a GET).
        if request.method == "GET" and self.cacheable_response(request, response):
            response.shared_with_members = members.is_shared(
                request, _language(request)
            )
            stored = local.plain(response)
            entries.store(lookup, stored, recording.scopes(), self.seconds)
        return response

    def serve_member(self, request):
        """The shared page with the person's own account menu, or None.

        When no page is stored yet, it is rendered as an anonymous visitor would
        get it and stored first: what is stored never comes from a signed-in
        render.
        """
        language = _language(request)
        if not members.is_shared(request, language):
            return None  # the person's own page: rendered for them, nothing read
        key = _key(request, language)
        session, session_key = members.session_of(request)
        family = _family(key.rsplit(":", 1)[0], request)
        extra = [session_key] if session_key else []
        response, found = local.serve(key, extra)
        lookup = None
        if response is None:
            wanted = entries.keys_of(key, family) + ([] if found else extra)
            found = {**found, **cache.get_many(wanted)}
            lookup = entries.Lookup(key, found, family)
            if lookup.hit:
                local.keep(key, lookup)
                response = lookup.value
        if response is not None and not getattr(response, "shared_with_members", False):
            return None
        members.preload(session, found.get(session_key))
        menu = members.account_menu(request, language, session)
        if menu is None:
            return None
        if response is None:
            response = self.render_and_store(members.anonymous_copy(request), lookup)
            if not getattr(response, "shared_with_members", False):
                return None  # not storable (a restricted page): rendered for them
        return members.personalise(response, menu)

    @staticmethod
    def cacheable_response(request, response) -> bool:
        user = getattr(request, "user", None)
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not request.META.get("CSRF_COOKIE_USED")
            and not (user is not None and user.is_authenticated)
            and not NOT_SHARED.intersection(_directives(response))
            and not response.has_header("Content-Disposition")
        )
