"""Scope tokens kept in each process, checked against a small clock (PostgreSQL).

With the database cache, a hit on a process's copy of an answer
(``core.cache.local``) still read the answer's dozen scope tokens: a dozen index
lookups in the cache table, most of the cost of a hit. PostgreSQL cannot push
changes with a guarantee that they arrive before the writer answers (see
``core.cache.mirror`` for Redis, and docs/architecture.md), so a process still
asks on every hit, but it asks a smaller question.

Every statement that writes scope tokens also writes a new random number into
one of ``SHARDS`` rows of the clock table (``CacheClock``), in the same
statement, so in the same transaction. A process keeps the tokens it read
together with the clock read in the same statement (the same snapshot). While
the clock reads the same, no token was written since: the kept tokens are the
current ones, and the hit reads one row of eight numbers instead of a dozen
keys. When it reads otherwise, the tokens are read again with the clock.

Why a kept token is never stale: a token write and its clock write commit
together, and the clock's numbers are random, so once a token write is
committed the clock never reads as before, not even after a rolled-back
transaction or a truncated table. An empty clock is never trusted. Several rows
rather than one keep concurrent writers from queueing on a single row lock until
their commit. A row deleted from the cache table (culled) is no change of
content: whoever writes that token again moves the clock.

Processes started before the table existed (before ``migrate``) do not move the
clock: restart the workers after migrating, as after any upgrade.
"""

import os
import random
import threading
import time

from django.db.utils import DatabaseError

TABLE = "core_cacheclock"
SHARDS = 8
RECHECK_SECONDS = 10.0
# The clock as one text, in a row of key NULL (read alone or with cache rows).
READ = f"SELECT NULL, string_agg(value::text, ',' ORDER BY shard) FROM {TABLE}"  # noqa: S608
_MOVE = (
    f"INSERT INTO {TABLE} (shard, value) SELECT %s, %s{{condition}} "  # noqa: S608
    "ON CONFLICT (shard) DO UPDATE SET value = EXCLUDED.value"
)
ADVANCE = _MOVE.format(condition="")


def with_tokens(upsert: str) -> str:
    """``upsert`` (of scope tokens) moving the clock in the same statement if it
    wrote any row; the statement's result is the number of rows written. Its
    parameters are followed by ``advance_params()``."""
    move = _MOVE.format(condition=" WHERE EXISTS (SELECT 1 FROM written)")
    return (
        f"WITH written AS ({upsert} RETURNING 1), moved AS ({move}) "  # noqa: S608
        "SELECT COUNT(*) FROM written"
    )


def advance_params() -> list[int]:
    """A shard and a new number for it (random: a clock never reads the same
    twice, whatever was rolled back or emptied)."""
    return [random.randrange(SHARDS), random.getrandbits(62)]  # noqa: S311


class Clock:
    """The scope tokens this process read, and the clock they were read with."""

    MAX_KEYS = 50_000

    def __init__(self, prefix: str):
        self.prefix = prefix
        self._lock = threading.Lock()
        self._pid = os.getpid()
        self._label: str | None = None
        self._values: dict[str, object] = {}
        self._table_seen_at: float | None = None
        self._table_checked_at = -RECHECK_SECONDS

    def known(self, keys) -> tuple[dict[str, object], str | None]:
        """The kept values of ``keys`` under the prefix, and the clock they go
        with (``None``: nothing kept)."""
        with self._lock:
            if self._pid != os.getpid():  # a forked worker starts afresh
                self._pid, self._label, self._values = os.getpid(), None, {}
            values = self._values
            found = {key: values[key] for key in keys if key in values}
            return found, self._label

    def keep(self, found: dict[str, object], clock: str | None) -> None:
        """Keep the tokens in ``found``, read in the same statement as ``clock``."""
        if clock is None:
            return
        with self._lock:
            if clock != self._label or len(self._values) > self.MAX_KEYS:
                self._label, self._values = clock, {}
            for key, value in found.items():
                if key.startswith(self.prefix):
                    self._values[key] = value

    def usable(self, connection) -> bool:
        """Whether the clock table exists (checked once, then again every
        ``RECHECK_SECONDS`` while it does not)."""
        if self._table_seen_at is not None:
            return True
        now = time.monotonic()
        if now - self._table_checked_at < RECHECK_SECONDS:
            return False
        self._table_checked_at = now
        try:
            with connection.cursor() as cursor:
                cursor.execute("SELECT to_regclass(%s) IS NOT NULL", [TABLE])
                exists = cursor.fetchone()[0]
        except DatabaseError:
            return False
        if exists:
            self._table_seen_at = now
        return bool(exists)
