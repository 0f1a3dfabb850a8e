"""Security headers Django 5.2 does not set by itself; addresses refused early."""

from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse

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
