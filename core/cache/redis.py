"""Django's Redis cache, with one client object per connection pool, reads
without the memcached key check, and scope tokens mirrored in the process.

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

Scope tokens are read through a ``Mirror`` that Redis keeps current
(``core.cache.mirror``): a hit on a process's copy of a page reads nothing from
Redis at all.

What ``core.cache.entries`` stores (answers and fragments, which may be lost
and may wait) is sent with the client's next read, in the same round trip
(``set_many_later``, as the database cache does): a page not stored yet costs
one round trip, not two. A fragment decoded before, made with tokens the
mirror holds at the same values, is valid without being read again; one read
again as stored is not decoded again (``core.cache.rows``).
"""

import time
from contextlib import contextmanager
from datetime import UTC, datetime

from django.core.cache.backends import redis as django_redis
from django.core.cache.backends.base import DEFAULT_TIMEOUT

from . import rows as _rows
from . import scopes
from .mirror import Mirror


class RedisCacheClient(django_redis.RedisCacheClient):
    def __init__(
        self, *args, mirrored: str | None = None, tokens="", token_key=None, **kwargs
    ):
        super().__init__(*args, **kwargs)
        self._clients = {}
        self.mirror = Mirror(self._tracking_connection, mirrored) if mirrored else None
        # Entries waiting to be sent with the next read (this client's: one per
        # thread, as Django's caches are); only where reads go where writes do.
        self._later = _rows.Later() if len(self._servers) == 1 else None
        self.token_key = token_key  # a scope's name -> its token's cache key
        self.tokens = tokens  # the keys of scope tokens start with this

    def get_client(self, key=None, *, write=False):
        pool = self._get_connection_pool(write)
        client = self._clients.get(id(pool))
        if client is None:
            client = self._clients[id(pool)] = self._client(connection_pool=pool)
        return client

    def _tracking_connection(self):
        """A connection of its own to the server writes go to, speaking RESP3
        (pushes come in on the same connection)."""
        pool = self._get_connection_pool(write=True)
        return pool.connection_class(**{**pool.connection_kwargs, "protocol": 3})

    def get_many(self, keys):
        """Entries waiting from memory; tokens from the mirror, with the
        fragments made with them; the rest in one round trip, which also sends
        what waits."""
        keys = list(keys)
        found = self._decoded(self._later.found(keys).items()) if self._later else {}
        since = None
        if self.mirror is not None:
            mirrored, since = self.mirror.read(keys)
            found.update(mirrored)
            if since is not None:
                found.update(_rows.valid_kept(keys, self.mirror.read)[0])
        wanted = [key for key in keys if key not in found]
        if wanted:
            values = self._read_sending_later(wanted)
            read = self._decoded(zip(wanted, values, strict=True))
            if self.mirror is not None:
                self.mirror.keep(read, since)
            found.update(read)
        return found

    def _decoded(self, rows) -> dict:
        present = ((key, raw) for key, raw in rows if raw is not None)
        return _rows.decoded(present, self.token_key, self._serializer.loads)

    def _read_sending_later(self, keys) -> list:
        """``MGET`` of ``keys``, with a ``SET`` of each entry waiting in the same
        pipeline. A ``SET`` refused (Redis out of memory) is given up: the entry
        is rendered again when next asked."""
        waiting = self._later.take() if self._later else []
        client = self.get_client(None)
        if not waiting:
            return client.mget(keys)
        pipe = client.pipeline(transaction=False)
        pipe.mget(keys)
        _send(pipe, waiting)
        found = pipe.execute(raise_on_error=False)[0]
        if isinstance(found, Exception):
            raise found
        return found

    def set_many_later(self, data, timeout: int) -> None:
        """Keep ``data`` (entries that may be lost) for the next read to send;
        sent now with what waits when that is too much, or when a key is a
        scope token (a token write is never late)."""
        tokens = self.tokens
        if self._later is None or (tokens and any(k.startswith(tokens) for k in data)):
            return self.set_many_expiring(data, timeout)
        expires = datetime.fromtimestamp(time.time() + timeout, tz=UTC)
        dumps = self._serializer.dumps
        if self._later.put([(k, dumps(v), expires) for k, v in data.items()]):
            return None
        pipe = self.get_client(None, write=True).pipeline(transaction=False)
        _send(pipe, self._later.take())
        pipe.execute(raise_on_error=False)
        return None

    # A process's own writes of mirrored keys are seen by every next read.

    @contextmanager
    def _writing(self, keys):
        """Around a write: this process's mirror drops the keys (even if the
        write failed), and after it, if any is mirrored, a ``PING`` makes sure
        every other process's socket holds the push about it before the writer
        goes on (``core.cache.mirror``)."""
        if self._later is not None:  # an older value must not be sent after it
            self._later.drop(keys)
        _rows.forget(keys)
        mirror = self.mirror
        if mirror is None or not any(k.startswith(mirror.prefix) for k in keys):
            yield
            return
        try:
            yield
        finally:
            mirror.forget(keys)
        self.get_client(write=True).ping()

    def add(self, key, value, timeout):
        with self._writing([key]):
            return super().add(key, value, timeout)

    def set(self, key, value, timeout):
        with self._writing([key]):
            super().set(key, value, timeout)

    def set_many(self, data, timeout):
        with self._writing(list(data)):
            super().set_many(data, timeout)

    def delete(self, key):
        with self._writing([key]):
            return super().delete(key)

    def delete_many(self, keys):
        keys = list(keys)
        with self._writing(keys):
            super().delete_many(keys)

    def incr(self, key, delta):
        with self._writing([key]):
            return super().incr(key, delta)

    def clear(self):
        if self._later is not None:
            self._later.take()
        try:
            return super().clear()
        finally:
            if self.mirror is not None:
                self.mirror.empty()

    def count(self, key, timeout):
        client = self.get_client(key, write=True)
        pipe = client.pipeline(transaction=False)
        pipe.set(key, 0, ex=timeout, nx=True)  # the window's first action
        pipe.incr(key)  # keeps the key's expiry
        return pipe.execute()[1]

    def set_many_expiring(self, data, timeout: int) -> None:
        with self._writing(list(data)):
            pipe = self.get_client(None, write=True).pipeline(transaction=False)
            for key, value in data.items():
                pipe.set(key, self._serializer.dumps(value), ex=timeout)
            pipe.execute()


def _send(pipe, rows) -> None:
    """A ``SET`` of each row (key, value, expires) on ``pipe``."""
    now = time.time()
    for key, value, expires in rows:
        pipe.set(key, value, ex=max(1, round(expires.timestamp() - now)))


class RedisCache(django_redis.RedisCache):
    """``OPTIONS["MIRROR_SCOPES"] = False`` reads every scope token from Redis."""

    def __init__(self, server, params):
        super().__init__(server, params)
        self._class = RedisCacheClient
        options = dict(self._options)
        options["tokens"] = self.make_key(scopes.PREFIX)
        if options.pop("MIRROR_SCOPES", True):
            options["mirrored"] = options["tokens"]
        options["token_key"] = self._token_key
        self._options = options

    def _token_key(self, scope: str) -> str:
        return self.make_key(scopes.key(scope))

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

    def set_many_later(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        """``set_many`` for entries that may be lost and may wait
        (``core.cache.entries``): sent with this client's next read."""
        seconds = self.get_backend_timeout(timeout)
        if not data or not seconds:
            return self.set_many(data, timeout, version)
        self._cache.set_many_later(
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
