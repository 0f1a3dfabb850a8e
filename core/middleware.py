"""Security headers that Django 5.2 does not set by itself."""

from django.conf import settings

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
