"""Security headers Django 5.2 does not set by itself; addresses refused early;
the language chosen once per request."""

from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.conf.urls.i18n import is_language_prefix_patterns_used
from django.http import HttpResponseBadRequest, JsonResponse
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils import translation

# The Wagtail admin and the API docs run their own scripts; the public site none inline.
RELAXED_PREFIXES = ("/admin/", "/django-admin/")
RELAXED_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "font-src 'self' data:; frame-ancestors 'self'; object-src 'none'"
)


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = settings.CONTENT_SECURITY_POLICY

    def __call__(self, request):
        response = self.get_response(request)
        relaxed = request.path.startswith(RELAXED_PREFIXES)
        response.headers.setdefault(
            "Content-Security-Policy", RELAXED_POLICY if relaxed else self.policy
        )
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
        return response


class RefuseNulMiddleware:
    """400 for a NUL byte (or another C0 control character but tab, CR, LF) in the
    path or the query string: no address or search of the portal contains one, and
    PostgreSQL refuses them in text, which would end in a server error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        raw = request.META.get("QUERY_STRING", "").encode("latin-1", "replace")
        if _has_control(unquote_to_bytes(raw)) or _has_control(
            request.path.encode("utf-8", "replace")
        ):
            if request.path.startswith("/api/"):
                # The API answers its errors in JSON, as its schema says.
                from rest_framework.exceptions import ParseError

                return JsonResponse(
                    {"detail": str(ParseError.default_detail), "code": "parse_error"},
                    status=400,
                )
            return HttpResponseBadRequest(
                b"Bad request", content_type="text/plain; charset=utf-8"
            )
        return self.get_response(request)


_CONTROL = frozenset(range(32)) - {9, 10, 13}


def _has_control(data: bytes) -> bool:
    return any(byte in _CONTROL for byte in data)


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, without working the language out a second time: the cache
    middleware, first of all, did it the same way (URL prefix, then cookie,
    then ``Accept-Language``: ``core.cache.middleware._language``)."""

    def process_request(self, request):
        language = request.__dict__.get("_sharaka_language")
        urlconf = getattr(request, "urlconf", settings.ROOT_URLCONF)
        used, prefixed_default = is_language_prefix_patterns_used(urlconf)
        if language is None or not (used and prefixed_default):
            return super().process_request(request)
        # With every language prefixed, Django's choice is exactly this one.
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()
        return None
