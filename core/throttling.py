"""Write throttles, in a module of their own: DRF reads its default throttle
classes while ``rest_framework.views`` is imported, so they must not live in a
module that imports DRF's views (``core.api``)."""

from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class WriteThrottleMixin:
    """Throttle only writes: reads stay open and cached."""

    def allow_request(self, request, view):
        if request.method in ("GET", "HEAD", "OPTIONS"):
            return True
        return super().allow_request(request, view)


class AnonWriteThrottle(WriteThrottleMixin, AnonRateThrottle):
    """Anonymous writes, per address (rate ``anon_write`` in REST_FRAMEWORK)."""

    scope = "anon_write"


class UserWriteThrottle(WriteThrottleMixin, UserRateThrottle):
    """Writes of a signed-in person (rate ``user_write`` in REST_FRAMEWORK)."""

    scope = "user_write"
