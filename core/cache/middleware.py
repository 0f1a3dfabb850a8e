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
from django.contrib.auth import SESSION_KEY
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.utils import translation

from . import entries, holes, local, members
from .scopes import Recording, read_many

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
    accept = request.META.get("HTTP_ACCEPT", "")[:64]
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
            reader = holes.reader_of(request, _language(request))
            if reader is not None:
                response = self.serve_filled(request, reader)
                return response if response is not None else self.render(request)
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
        found = read_many(list(dict.fromkeys(keys)))
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
            found = {**found, **read_many(wanted)}
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

    def serve_filled(self, request, reader):
        """The page stored once for signed-in citizens with holes, filled for
        this reader (``holes``), or None: the page is rendered for them.

        Two round trips: the page and the session, then the person's menu and
        their state. A page not stored yet is rendered in holes mode and stored,
        then filled like any other.
        """
        language = _language(request)
        key = _key(request, language).replace("sharaka:page:", "sharaka:holes:", 1)
        family = _family(key.rsplit(":", 1)[0], request)
        session, session_key = members.session_of(request)
        extra = [session_key] if session_key else []
        stored, found = local.value_of(key, extra)  # this process's copy
        lookup = None
        if stored is None:
            found = {**found, **read_many(entries.keys_of(key, family) + extra)}
            lookup = entries.Lookup(key, found, family)
            stored = lookup.value
            if stored is not None:
                local.keep_value(key, lookup, holes.size(stored))
        members.preload(session, found.get(session_key))
        user_id = session.get(SESSION_KEY)
        if user_id is None:
            return None
        card_key = members.card_key(user_id, language)
        ahead = entries.keys_of(card_key)
        if stored is not None:
            ahead += entries.keys_of(reader.key(user_id, stored["facts"]))
        found = read_many(ahead)
        menu = members.account_menu(request, language, session, found)
        if menu is None:
            return None  # staff, messages, no CSRF cookie: rendered for them
        rendered = stored is None
        if rendered:
            request.sharaka_holes = holes.Holes(reader)
            try:
                response, stored = self.render_holes(request, lookup)
            finally:
                del request.sharaka_holes
            if stored is None:  # not the page (an error, a redirect): as rendered
                return holes.with_token(response, get_token(request))
        else:
            response = HttpResponse(headers=stored["headers"])
        facts = stored["facts"]
        lookup = entries.Lookup(reader.key(user_id, facts), found)
        state = reader.read(lookup, user_id, facts)
        if state is None or reader.fallback(state, facts):
            return None
        response.content = holes.fill(stored, reader, state, members.token(request))
        response = members.personalise(response, menu)
        if response is not None:  # None: no place for the menu, rendered whole
            response["X-Cache"] = "rendered" if rendered else "filled"
        return response

    def render_holes(self, request, lookup):
        """The page rendered in holes mode, and what is stored of it (None when
        the view did not render the page); stored when it may be."""
        with Recording() as recording:
            response = self.render(request)
        recorded = request.sharaka_holes
        if not recorded.facts or response.streaming:
            return response, None
        stored = recorded.stored(response.content)
        stored["headers"] = {
            name: value for name, value in response.items() if name != "Set-Cookie"
        }
        # The CSRF cookie renewed is the reader's answer's, never stored.
        cookies = set(response.cookies) - {settings.CSRF_COOKIE_NAME}
        if response.status_code == 200 and not cookies:
            entries.store(lookup, stored, recording.scopes(), self.seconds)
        return response, stored

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
