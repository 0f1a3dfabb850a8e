"""Django's Redis cache, with one client object per connection pool, and reads
without the memcached key check.

Django builds a new ``redis.Redis`` for every cache call, and each one copies
about 160 response callbacks: a quarter of the time of a whole cached page hit.
A client is thread-safe (it takes connections from its pool), so one per pool is
kept and reused. ``get_many`` (a page hit reads the page and a dozen scope
tokens) skips Django's per-key warning about keys memcached would refuse: the
keys are the portal's own, and the check cost a sixth of a hit. ``count`` (a
rate-limit or throttle count) is one round trip where ``incr`` is two (Django's
asks whether the key exists first) and a missing key a third (``add``).
``set_many`` with a lifetime (every answer and fragment stored) sends one
``SET … EX`` per key where Django's sends ``MULTI``, ``MSET``, an ``EXPIRE`` per
key and ``EXEC``: still one round trip, a quarter of the commands for Redis to
run (each entry is checked against its own scope tokens, so a group written
together needs no transaction).
"""

from django.core.cache.backends import redis as django_redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._clients = {}

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def count(self, key, timeout):
        client = self.get_client(key, write=True)
        pipe = client.pipeline(transaction=False)
        pipe.set(key, 0, ex=timeout, nx=True)  # the window's first action
        pipe.incr(key)  # keeps the key's expiry
        return pipe.execute()[1]

    def set_many_expiring(self, data, timeout: int) -> None:
        pipe = self.get_client(None, write=True).pipeline(transaction=False)
        for key, value in data.items():
            pipe.set(key, self._serializer.dumps(value), ex=timeout)
        pipe.execute()


class RedisCache(django_redis.RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient

    def get_many(self, keys, version=None):
        key_map = {self.make_key(key, version=version): key for key in keys}
        found = self._cache.get_many(key_map.keys())
        return {key_map[k]: v for k, v in found.items()}

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        seconds = self.get_backend_timeout(timeout)
        if not data or not seconds:  # kept for ever, or deleted: Django's way
            return super().set_many(data, timeout, version)
        self._cache.set_many_expiring(
            {self.make_key(key, version=version): value for key, value in data.items()},
            seconds,
        )
        return []

    def count(self, key, timeout, version=None) -> int:
        """Add one to ``key``, made with ``timeout`` seconds to live if missing;
        the new value (what ``core.antiabuse.count`` uses)."""
        return self._cache.count(
            self.make_and_validate_key(key, version=version), timeout
        )
