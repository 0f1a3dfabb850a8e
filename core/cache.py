"""Whole-response cache for anonymous reads, pages and API alike.

Every cached response is stored under a *generation* number; any saved or deleted
record (a page published, a contribution moderated, a document uploaded) bumps the
generation, so that no visitor ever sees a stale page. Cheap to check (one cache
read), cheap to invalidate (one increment), and correct without listing which URL
shows which record. Logged-in visitors, forms that carry a CSRF token and responses
that set cookies are never cached.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.utils import translation

GENERATION_KEY = "sharaka:generation"
# Models whose writes never change what anonymous visitors see.
IGNORED_LABELS = {
    "sessions.session",
    "admin.logentry",
    "wagtailcore.pagelogentry",
    "wagtailcore.modellogentry",
    "wagtailcore.referenceindex",
    "wagtailcore.revision",
    "wagtailcore.pagesubscription",
    "wagtailcore.pageviewrestriction",
    "wagtailusers.userprofile",
    "wagtailadmin.editingsession",
    "wagtailsearch.indexentry",
    # Renditions are made on first view: the page that shows them is the same.
    "wagtailimages.rendition",
    "django_tasks_database.dbtaskresult",
    "django_tasks_db.dbtaskresult",
    "account.emailaddress",
    "account.emailconfirmation",
    # Account changes that the public sees (public name, deletion) bump explicitly
    # (accounts.services); a sign-in's last_login must not empty the cache.
    "accounts.user",
    # What people follow and are told, and newsletters' mailing: never on a page.
    "notifications.follow",
    "notifications.notification",
    "notifications.preference",
    "notifications.subscriber",
    "notifications.sending",
    "notifications.delivery",
}
SKIP_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
# The admin and the account pages (under each language prefix) are never cached.
_LANGUAGES = "|".join(re.escape(code) for code, _name in settings.LANGUAGES)
PRIVATE_PATHS = re.compile(
    rf"^/(?:admin|django-admin)/|^/(?:(?:{_LANGUAGES})/)?(?:accounts|account)/"
)


def generation() -> int:
    value = cache.get(GENERATION_KEY)
    if value is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        value = cache.get(GENERATION_KEY, 1)
    return value


def bump() -> None:
    """Invalidate every cached anonymous response."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, timeout=None)


def _on_change(sender, **kwargs) -> None:
    if sender._meta.label_lower not in IGNORED_LABELS:
        bump()


post_save.connect(_on_change, dispatch_uid="sharaka-cache-save")
post_delete.connect(_on_change, dispatch_uid="sharaka-cache-delete")


def _key(request) -> str:
    """Path, query, content type and language: what an anonymous answer depends on.

    The key is computed before LocaleMiddleware runs, so the language is worked
    out the same way it will be (URL prefix, then cookie, then Accept-Language):
    the API, outside the language prefixes, answers in the visitor's language.
    """
    digest = hashlib.blake2b(request.get_full_path().encode(), digest_size=16)
    accept = request.headers.get("Accept", "")[:64]
    language = translation.get_language_from_request(request, check_path=True)
    digest.update(f"|{accept}|{language}".encode())
    return f"sharaka:page:{generation()}:{request.get_host()}:{digest.hexdigest()}"


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

    def __call__(self, request):
        if not self.cacheable_request(request):
            return self.get_response(request)
        key = _key(request)
        cached = cache.get(key)
        if cached is not None:
            cached["X-Cache"] = "hit"
            return cached
        response = self.get_response(request)
        # Only GETs are stored (a HEAD answer must never be replayed to a GET).
        if request.method == "GET" and self.cacheable_response(request, response):
            cache.set(key, response, self.seconds)
        response["X-Cache"] = "miss"
        return response

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
