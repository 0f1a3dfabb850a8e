"""Scope tokens mirrored in each process, kept current by Redis itself.

Every stored answer is checked against the tokens of its scopes (a dozen small
keys), and with Redis that check was a round trip on every hit: most of the cost
of a hit served from a process's copy (``core.cache.local``). Redis can tell its
clients when keys change (client-side caching: ``CLIENT TRACKING ON BCAST``,
Redis 6 and later). Each process keeps one connection on which Redis pushes the
name of every scope token that changes, and keeps the tokens it read. Before
answering from them it applies what was pushed, with a non-blocking read of its
own socket: no round trip.

Why a change shows on the next request, in any process: Redis writes the push
to every tracking socket in the same pass of its event loop as the reply to the
write that caused it, and only reads further commands once the pass is done. So
the writer, once its token write is answered, sends one more command (a
``PING``, ``RedisCacheClient``): when that is answered, the push is in every
process's socket, before the writer can finish its own response. A process's own
writes drop their keys at once (``forget``). A process idle for a second
reconnects rather than trust a long backlog of pushes it has not read (Redis
could still hold part of it if the socket filled up).

A value read from Redis is kept only if no push about its key came in while it
was read (``changes`` counts them). If the connection fails, the mirror is
emptied and unused until it is back (tried again after a second); reads then go
to Redis as they did before.
"""

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable

logger = logging.getLogger(__name__)


class Mirror:
    """The values of the keys under ``prefix``, as Redis last told this process."""

    MAX_KEYS = 50_000
    RETRY_SECONDS = 1.0
    IDLE_SECONDS = 1.0

    def __init__(self, connect: Callable[[], object], prefix: str):
        self._connect, self.prefix = connect, prefix
        self._lock = threading.Lock()
        self._conn = None
        self._pid = os.getpid()
        self._retry_at = self._used_at = 0.0
        self._values: dict[str, object] = {}
        # The push count when each key last changed, and when everything did.
        self._changed: dict[str, int] = {}
        self._changes = self._emptied = 0

    # ------------------------------------------------------------ public

    def read(self, keys: Iterable[str]) -> tuple[dict[str, object], int | None]:
        """The mirrored values of ``keys`` (those under the prefix that are
        known), and the push count to pass to ``keep`` with what is read from
        Redis instead; ``({}, None)`` when the mirror cannot be trusted now."""
        with self._lock:
            if not self._ready():
                return {}, None
            values = self._values
            return {key: values[key] for key in keys if key in values}, self._changes

    def keep(self, found: dict[str, object], since: int | None) -> None:
        """Keep values read from Redis, unless their key changed (or everything
        did) after ``since``, the push count ``read`` gave before the read."""
        if since is None:
            return
        with self._lock:
            if not self._ready() or self._emptied > since:
                return
            if len(self._values) + len(found) > self.MAX_KEYS:
                self._empty()
                return
            changed = self._changed
            for key, value in found.items():
                if key.startswith(self.prefix) and changed.get(key, -1) <= since:
                    self._values[key] = value

    def forget(self, keys: Iterable[str]) -> None:
        """This process wrote ``keys``: its next read must not use the old values."""
        with self._lock:
            self._changes += 1
            for key in keys:
                if key.startswith(self.prefix):
                    self._values.pop(key, None)
                    self._changed[key] = self._changes

    def empty(self) -> None:
        with self._lock:
            self._empty()

    @property
    def connected(self) -> bool:
        return self._conn is not None and self._pid == os.getpid()

    # ------------------------------------------------------------ internals

    def _empty(self) -> None:
        self._changes += 1
        self._emptied = self._changes
        self._values.clear()
        self._changed.clear()

    def _on_push(self, message) -> None:
        if not message or message[0] not in (b"invalidate", "invalidate"):
            return
        keys = message[1]
        if keys is None or len(self._changed) > self.MAX_KEYS:
            self._empty()  # a FLUSHDB, or too many names to remember
            return
        self._changes += 1
        for raw in keys:
            key = raw.decode() if isinstance(raw, bytes) else raw
            self._values.pop(key, None)
            self._changed[key] = self._changes

    def _ready(self) -> bool:
        """Connect when needed and apply what Redis pushed since the last call."""
        if self._pid != os.getpid():  # a forked worker: never share the socket
            self._conn, self._pid = None, os.getpid()
            self._empty()
        now = time.monotonic()
        if self._conn is not None and now - self._used_at > self.IDLE_SECONDS:
            self._close(retry=False)
        if self._conn is None and not self._open():
            return False
        self._used_at = now
        try:
            while self._conn.can_read(timeout=0):
                self._conn.read_response(push_request=True)
        except Exception as exc:  # noqa: BLE001 - any failure: not trusted
            logger.warning("Scope token mirror lost its connection: %s", exc)
            self._close()
            return False
        return True

    def _open(self) -> bool:
        if time.monotonic() < self._retry_at:
            return False
        conn = None
        try:
            conn = self._connect()
            conn.connect()
            conn._parser.set_invalidation_push_handler(self._on_push)
            conn.send_command(
                "CLIENT", "TRACKING", "ON", "BCAST", "PREFIX", self.prefix
            )
            if conn.read_response() not in (b"OK", "OK"):
                raise ConnectionError("CLIENT TRACKING refused")
        except Exception as exc:  # noqa: BLE001 - Redis < 6, or unreachable
            logger.warning("Scope token mirror not available: %s", exc)
            if conn is not None:
                conn.disconnect()
            self._retry_at = time.monotonic() + self.RETRY_SECONDS
            return False
        self._conn = conn
        self._empty()  # what changed while no connection listened is unknown
        return True

    def _close(self, retry: bool = True) -> None:
        try:
            self._conn.disconnect()
        except Exception:  # noqa: BLE001, S110 - already broken
            pass
        self._conn = None
        if retry:
            self._retry_at = time.monotonic() + self.RETRY_SECONDS
        self._empty()
