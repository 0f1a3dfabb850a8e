"""Write throttles, in a module of their own: DRF reads its default throttle
classes while ``rest_framework.views`` is imported, so they must not live in a
module that imports DRF's views (``core.api``)."""

from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class WriteThrottleMixin:
    """Throttle only writes: reads stay open and cached.

    A write is counted in a window of the rate's period, as the rate limits of the
    services are (``core.antiabuse.count``: one cache round trip; DRF's throttle
    reads a list of every request's time and writes it again, two)."""

    def allow_request(self, request, view):
        if request.method in ("GET", "HEAD", "OPTIONS") or self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        from .antiabuse import count

        self.now = self.timer()
        return count(self.key, self.duration) <= self.num_requests

    def wait(self):
        """Seconds until the window ends (the ``Retry-After`` of a refusal)."""
        return self.duration - self.now % self.duration


class AnonWriteThrottle(WriteThrottleMixin, AnonRateThrottle):
    """Anonymous writes, per address (rate ``anon_write`` in REST_FRAMEWORK)."""

    scope = "anon_write"


class UserWriteThrottle(WriteThrottleMixin, UserRateThrottle):
    """Writes of a signed-in person (rate ``user_write`` in REST_FRAMEWORK)."""

    scope = "user_write"
