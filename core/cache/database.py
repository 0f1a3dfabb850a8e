"""Django's database cache, with one statement per write.

Django's ``DatabaseCache`` counts the whole table (``SELECT COUNT(*)``) before
every write, then reads the key and updates or inserts it inside a savepoint:
five statements, one of them a scan of up to ``MAX_ENTRIES`` rows. The portal
writes the cache on every page stored, every session saved, every rate-limit
count and every invalidation, so on PostgreSQL and SQLite a write here is one
upsert (``INSERT ... ON CONFLICT``), ``set_many`` is one statement, and the table
is counted for culling once in ``CULL_EVERY`` writes on average. A read (a page
hit reads the page and a dozen scope tokens) leaves expired rows out in SQL
rather than converting every row's date in Python, and leaves them for culling.
On PostgreSQL that read is bound by the server, on a plain psycopg cursor:
Django's cursor quotes each key into the SQL text and wraps the call in layers a
hit does not need (about 90 against 45 µs of CPU for a page's dozen tokens; an
array parameter costs more to send than the keys one by one). A page stored
outside a transaction is one statement bound the same way, which also sets its
own asynchronous commit (``LATER``, ``_may_commit_later``): no 20 kB literal for
Django to quote and PostgreSQL to parse (about 215 against 290 µs). These
statements are prepared (``OPTIONS["PREPARE"]``): PostgreSQL plans each shape
once per connection, which halved its CPU for a page not stored yet (360 to 180
µs) and a hit's clock read (85 to 57 µs). Scope tokens are kept in each process
and checked against a clock (``core.cache.clock``). Other databases keep Django's
way.
"""

import base64
import pickle
import random
import time
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache.backends.base import (
    DEFAULT_TIMEOUT,
    MEMCACHE_MAX_KEY_LENGTH,
)
from django.core.cache.backends.db import DatabaseCache as DjangoDatabaseCache
from django.db import DatabaseError, connections, router
from django.utils.timezone import now as tz_now

from . import clock as _clock
from . import rows as _rows
from . import scopes

UPSERT_VENDORS = ("postgresql", "sqlite")
# Asynchronous commit for the statement's own transaction, within the statement.
LATER_CTE = "later AS (SELECT set_config('synchronous_commit', 'off', true))"
LATER = f"WITH {LATER_CTE} "
CULL_EVERY = 100
# psycopg prepares a statement after this many runs; Django turns that off (None)
# for connection poolers. Set instead, only the statements that ask are prepared.
ONLY_WHEN_ASKED = 1 << 30


class DatabaseCache(DjangoDatabaseCache):
    def __init__(self, table, params):
        super().__init__(table, params)
        self._token_keys = self.make_key(scopes.PREFIX)
        self._clock = _clock.Clock(self._token_keys)
        # Writes move the clock whatever this says: other processes may keep tokens.
        self._keep_tokens = params.get("OPTIONS", {}).get("MIRROR_SCOPES", True)
        self._later = _rows.later_for(table)
        # False behind a pooler that cannot keep prepared statements (PgBouncer
        # before 1.21, or with max_prepared_statements = 0, in transaction mode).
        self._prepare = params.get("OPTIONS", {}).get("PREPARE", True)

    def _connection(self):
        return connections[router.db_for_write(self.cache_model_class)]

    def _expiry(self, timeout) -> datetime:
        timeout = self.get_backend_timeout(timeout)
        if timeout is None:
            return datetime.max.replace(microsecond=0)
        zone = UTC if settings.USE_TZ else None
        return datetime.fromtimestamp(timeout, tz=zone).replace(microsecond=0)

    def _encode(self, value) -> str:
        return base64.b64encode(pickle.dumps(value, self.pickle_protocol)).decode(
            "latin1"
        )

    def _upsert(self, rows, *, only_if_expired: bool = False) -> int:
        """Write ``rows`` of (key, value, expires); the number of rows written.

        ``only_if_expired``: an existing key is replaced only once it expired
        (``add``)."""
        connection = self._connection()
        encoded = [(k, self._encode(v), e) for k, v, e in rows]
        later = self._may_commit_later(connection, rows)
        self._maybe_cull(connection)
        if later:  # one statement, bound by the server (no 20 kB literal to parse)
            if not only_if_expired:  # what waits goes with it (``set_many_later``)
                encoded = _rows.merged(self._later.take(), encoded)
            sql, params = self._insert(connection, encoded, only_if_expired, later)
            return self._bound(connection, LATER + sql, params, fetch=False)
        sql, params = self._insert(connection, encoded, only_if_expired)
        clocked = self._moves_clock(connection, (k for k, _v, _e in rows))
        if clocked:  # the tokens and the clock, in one statement (core.cache.clock)
            sql = _clock.with_tokens(sql)
            params += _clock.advance_params()
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            return cursor.fetchone()[0] if clocked else cursor.rowcount

    def _insert(self, connection, encoded, only_if_expired=False, later=False):
        """The upsert of ``encoded`` rows (key, encoded value, expires) and its
        parameters; ``later``: bound by the server, with asynchronous commit."""
        quote = connection.ops.quote_name
        table = quote(self._table)
        key, value, expires = (quote(n) for n in ("cache_key", "value", "expires"))
        encoded = sorted(encoded)  # one lock order for concurrent writers
        adapt = connection.ops.adapt_datetimefield_value
        params = [p for k, v, e in encoded for p in (k, v, adapt(e))]
        condition = f" WHERE {table}.{expires} < %s" if only_if_expired else ""
        if only_if_expired:
            params.append(adapt(tz_now()))
        values = ", ".join(["(%s, %s, %s)"] * len(encoded))
        conflict = (
            f" ON CONFLICT ({key}) DO UPDATE SET {value} = EXCLUDED.{value}, "
            f"{expires} = EXCLUDED.{expires}{condition}"
        )
        if later:  # after ``LATER`` (or ``LATER_CTE`` in a longer WITH)
            return (
                f"INSERT INTO {table} ({key}, {value}, {expires}) "  # noqa: S608
                f"SELECT k, v, e FROM later, (VALUES {values}) AS rows (k, v, e)"
                f"{conflict}"
            ), params
        return (
            f"INSERT INTO {table} ({key}, {value}, {expires}) "  # noqa: S608
            f"VALUES {values}{conflict}"
        ), params

    def _maybe_cull(self, connection) -> None:
        """Count the table once in ``CULL_EVERY`` writes on average; cull it when
        it holds more than ``MAX_ENTRIES``."""
        if random.random() >= 1 / CULL_EVERY:  # noqa: S311 (not security)
            return
        table = connection.ops.quote_name(self._table)
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT COUNT(*) FROM {table}")  # noqa: S608
            count = cursor.fetchone()[0]
            if count > self._max_entries:
                self._cull(connection.alias, cursor, tz_now(), count)

    def set_many_later(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        """``set_many`` for what may be lost and may wait (answers and fragments
        stored, ``core.cache.entries``): on PostgreSQL outside a transaction, the
        rows are written with this process's next statement to the cache (the
        next request's first read, usually), in the same round trip; until then
        this process reads them from memory. A page not stored yet then costs one
        statement instead of two. Other processes see the rows once written: in
        the meantime they render the page themselves, which is what happens
        whenever an entry is missing."""
        connection = self._connection()
        rows = [
            (self._write_key(key, version), value, None) for key, value in data.items()
        ]
        if not data or not self._may_commit_later(connection, rows):
            return self.set_many(data, timeout, version)
        expires = self._expiry(timeout)
        if self._later.put([(k, self._encode(v), expires) for k, v, _e in rows]):
            self._maybe_cull(connection)
            return []
        # Too much waiting: written now, with the rest.
        sql, params = self._insert(connection, self._later.take(), later=True)
        self._bound(connection, LATER + sql, params, fetch=False)
        return []

    def _moves_clock(self, connection, keys) -> bool:
        return (
            connection.vendor == "postgresql"
            and any(key.startswith(self._token_keys) for key in keys)
            and self._clock.usable(connection)
        )

    def _advance_clock(self, keys) -> None:
        """After a delete of scope tokens: the processes read them again."""
        connection = self._connection()
        if self._moves_clock(connection, keys):
            with connection.cursor() as cursor:
                cursor.execute(_clock.ADVANCE, _clock.advance_params())

    def delete(self, key, version=None):
        made = [self.make_key(key, version=version)]
        self._forget(made)
        deleted = super().delete(key, version)
        self._advance_clock(made)
        return deleted

    def delete_many(self, keys, version=None):
        keys = list(keys)
        made = [self.make_key(key, version=version) for key in keys]
        self._forget(made)
        super().delete_many(keys, version)
        self._advance_clock(made)

    def _forget(self, made_keys) -> None:
        """What this process holds of deleted keys: rows waiting, fragments."""
        self._later.drop(made_keys)
        _rows.forget(made_keys)

    def clear(self):
        self._later.take()
        super().clear()
        self._advance_clock([self._token_keys])

    def _may_commit_later(self, connection, rows) -> bool:
        """Whether a write of ``rows`` may skip waiting for the disk (PostgreSQL's
        asynchronous commit: the statement is its own transaction, and a crash in
        the next fraction of a second could lose it, which only costs a render
        again). Only outside a transaction (inside one, it would change that
        transaction's commit), and never for scope tokens: an invalidation is
        durable. Waiting for the disk was most of the time of storing a page on
        this machine (2-3 ms against 0.6-1 ms)."""
        return (
            connection.vendor == "postgresql"
            and connection.get_autocommit()
            and not connection.in_atomic_block
            and not any(key.startswith(self._token_keys) for key, _v, _e in rows)
        )

    def _write_key(self, key, version=None) -> str:
        """The key to write: Django's check of every character (memcached's
        rules, a tenth of storing a page) only for a key that may break them."""
        key = self.make_key(key, version=version)
        if len(key) > MEMCACHE_MAX_KEY_LENGTH or not key.isprintable() or " " in key:
            self.validate_key(key)
        return key

    def _fast(self) -> bool:
        return self._connection().vendor in UPSERT_VENDORS

    def get_many(self, keys, version=None):
        if not keys or not self._fast():
            return super().get_many(keys, version)
        key_map = {self.make_key(key, version=version): key for key in keys}
        connection = self._connection()
        quote = connection.ops.quote_name
        if connection.vendor == "postgresql":
            found = self._get_many_postgresql(connection, list(key_map))
            return {key_map[key]: value for key, value in found.items()}
        sql = (
            f"SELECT {quote('cache_key')}, {quote('value')} "  # noqa: S608
            f"FROM {quote(self._table)} WHERE {quote('cache_key')} IN ("
            + ", ".join(["%s"] * len(key_map))
            + f") AND {quote('expires')} >= %s"
        )
        now = connection.ops.adapt_datetimefield_value(tz_now())
        with connection.cursor() as cursor:
            cursor.execute(sql, [*key_map, now])
            rows = cursor.fetchall()
        return {key_map[key]: value for key, value in _rows.decoded(rows).items()}

    def _get_many_postgresql(self, connection, keys: list[str]) -> dict:
        """The live values of ``keys``. Scope tokens this process read before are
        used while the clock reads as it did then (``core.cache.clock``): a hit on
        a process's copy of an answer reads the clock alone. Rows waiting to be
        written (``set_many_later``) are read from this process's memory."""
        waiting = self._later.found(keys)
        if waiting:
            others = [key for key in keys if key not in waiting]
            found = self._get_many_postgresql(connection, others) if others else {}
            return {**found, **_rows.decoded(waiting.items())}
        tokens = [key for key in keys if key.startswith(self._token_keys)]
        if not (tokens and self._keep_tokens and self._clock.usable(connection)):
            return self._decoded(self._select_postgresql(connection, keys)[0])
        known, label = self._clock.known(tokens)
        if known:
            # Fragments decoded before, made with kept tokens, are valid with them.
            kept, kept_label = _rows.valid_kept(keys, self._clock.known)
            if kept_label != label:
                kept = {}
            skipped = known.keys() | kept.keys()
            others = [key for key in keys if key not in skipped]
            rows, clock = self._select_postgresql(connection, others, clock=True)
            if clock == label:
                found = self._decoded(rows)
                self._clock.keep(found, clock)
                return {**known, **kept, **found}
        rows, clock = self._select_postgresql(connection, keys, clock=True)
        found = self._decoded(rows)
        self._clock.keep(found, clock)
        return found

    def _decoded(self, rows) -> dict:
        return _rows.decoded(rows, self._token_key)

    def _token_key(self, scope: str) -> str:
        return self.make_key(scopes.key(scope))

    def _bound(self, connection, sql: str, params: list, fetch: bool = True):
        """Run ``sql`` bound by the server on a plain psycopg cursor (in the
        current transaction, logged like Django's queries when they are); its
        rows, or without ``fetch`` its row count. Django's cursor quotes every
        parameter into the SQL text and wraps the call in layers these statements
        do not need. Prepared unless ``OPTIONS["PREPARE"]`` is False: the
        shapes are few, and planning was half of PostgreSQL's work on them."""
        import psycopg

        start = time.monotonic()
        connection.ensure_connection()
        raw = connection.connection
        if self._prepare and raw.prepare_threshold is None:
            raw.prepare_threshold = ONLY_WHEN_ASKED
        with connection.wrap_database_errors:
            with psycopg.Cursor(raw) as cursor:
                cursor.execute(sql, params, prepare=self._prepare)
                result = cursor.fetchall() if fetch else cursor.rowcount
        if connection.queries_logged:
            connection.queries_log.append(
                {
                    "sql": sql % tuple(map(repr, params)),
                    "time": f"{time.monotonic() - start:.3f}",
                }
            )
        return result

    def _select_postgresql(self, connection, keys, clock=False) -> tuple[list, str]:
        """The live rows of ``keys``, and with ``clock`` the clock read in the
        same statement (bound by the server)."""
        quote = connection.ops.quote_name
        parts, params = [], []
        if keys:
            parts.append(
                f"SELECT {quote('cache_key')}, {quote('value')} "  # noqa: S608
                f"FROM {quote(self._table)} WHERE {quote('cache_key')} IN ("
                + ", ".join(["%s"] * len(keys))
                + f") AND {quote('expires')} >= %s"
            )
            params += [*keys, tz_now()]
        if clock:
            parts.append(_clock.READ)
        rows = self._read_writing_later(connection, " UNION ALL ".join(parts), params)
        if not clock:
            return rows, None
        return (
            [row for row in rows if row[0] is not None],
            next(value for key, value in rows if key is None),
        )

    def _read_writing_later(self, connection, sql: str, params: list) -> list:
        """The rows of ``sql``; the rows waiting to be written
        (``set_many_later``) are written by the same statement when it runs
        outside a transaction. Should that write fail, they are given up and
        ``sql`` is run alone: a read never fails for a page stored earlier."""
        waiting = self._later.take() if self._may_commit_later(connection, ()) else []
        if not waiting:
            return self._bound(connection, sql, params)
        insert, insert_params = self._insert(connection, waiting, later=True)
        try:
            return self._bound(
                connection,
                f"WITH {LATER_CTE}, stored AS ({insert}) {sql}",
                insert_params + params,
            )
        except DatabaseError:
            return self._bound(connection, sql, params)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if not self._fast():
            return super().set(key, value, timeout, version)
        key = self._write_key(key, version)
        self._upsert([(key, value, self._expiry(timeout))])

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        if not self._fast():
            return super().add(key, value, timeout, version)
        key = self._write_key(key, version)
        row = (key, value, self._expiry(timeout))
        return self._upsert([row], only_if_expired=True) > 0

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        if not self._fast():
            return super().set_many(data, timeout, version)
        if data:
            expires = self._expiry(timeout)
            self._upsert(
                [
                    (self._write_key(key, version), value, expires)
                    for key, value in data.items()
                ]
            )
        return []

    def incr(self, key, delta=1, version=None):
        """Django's reads the value and writes it again with the *default* timeout:
        a rate-limit count of an hour would expire five minutes after its last
        action. Here the update keeps the key's expiry."""
        if not self._fast():
            return super().incr(key, delta, version)
        value = self.get(key, self._missing_key, version=version)
        if value is self._missing_key:
            raise ValueError(f"Key '{key}' not found.")
        new_value = value + delta
        key = self._write_key(key, version)
        connection = self._connection()
        quote = connection.ops.quote_name
        with connection.cursor() as cursor:
            cursor.execute(
                f"UPDATE {quote(self._table)} SET {quote('value')} = %s "  # noqa: S608
                f"WHERE {quote('cache_key')} = %s",
                [self._encode(new_value), key],
            )
        return new_value


def tune_table(connection, table: str) -> bool:
    """Compress the stored values with lz4 on PostgreSQL where the server has it
    (see ``core.management.commands.createcachetable``); whether it was done."""
    if connection.vendor != "postgresql" or table not in (
        connection.introspection.table_names()
    ):
        return False
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' "
            "AND 'lz4' = ANY(enumvals)"
        )
        if cursor.fetchone() is None:
            return False
        quote = connection.ops.quote_name
        cursor.execute(
            f"ALTER TABLE {quote(table)} ALTER COLUMN {quote('value')} "
            "SET COMPRESSION lz4"
        )
    return True
