"""Cache rows held in the process (the database cache's and Redis's): those
waiting to be written with the next read (``Later``), and fragments decoded once
(``decoded``)."""

import base64
import pickle
import threading
import time
from datetime import date, datetime
from decimal import Decimal
from uuid import UUID

from django.utils.safestring import SafeString
from django.utils.timezone import now as tz_now

from .entries import FRAGMENT_PREFIX

FRAGMENT_KEY = f":{FRAGMENT_PREFIX}:"


class Later:
    """Rows (key, encoded value, expires) of one cache table waiting to be
    written with this process's next statement (``set_many_later``). One per
    process and table, whatever the thread: a threaded server's next request
    may run on another thread."""

    MAX_ROWS = 64
    MAX_CHARS = 2_000_000

    def __init__(self):
        self._lock = threading.Lock()
        self._rows: dict[str, tuple[str, str, datetime]] = {}
        self._chars = 0

    def put(self, rows) -> bool:
        """Add ``rows``; False when too much is waiting (write it all now)."""
        with self._lock:
            for row in rows:
                old = self._rows.pop(row[0], None)
                self._chars += len(row[1]) - (len(old[1]) if old else 0)
                self._rows[row[0]] = row
            return len(self._rows) <= self.MAX_ROWS and self._chars <= self.MAX_CHARS

    def take(self) -> list:
        with self._lock:
            rows, self._rows, self._chars = list(self._rows.values()), {}, 0
            return rows

    def drop(self, keys) -> None:
        with self._lock:
            for key in keys:
                row = self._rows.pop(key, None)
                if row is not None:
                    self._chars -= len(row[1])

    def found(self, keys) -> dict[str, str]:
        """The encoded values of ``keys`` waiting, unless expired."""
        if not self._rows:
            return {}
        now = tz_now()
        with self._lock:
            rows = self._rows
            return {
                key: rows[key][1] for key in keys if key in rows and rows[key][2] >= now
            }


_by_table: dict[str, Later] = {}


def later_for(table: str) -> Later:
    return _by_table.setdefault(table, Later())


def merged(waiting: list, rows: list) -> list:
    """``waiting`` rows and ``rows``, the latter winning for a key written twice."""
    if not waiting:
        return rows
    return list({row[0]: row for row in (*waiting, *rows)}.values())


# Fragments decoded by this process: key -> (stored text, entry, the cache keys
# and values of the scope tokens it was made with). A fragment read again as
# stored is not decoded again (a tenth of an API list not stored yet). Bounded by
# the stored texts' length: the values are of the same order.
_KEPT_MAX_CHARS = 8_000_000
_kept: dict[str, tuple[str, object, tuple]] = {}
_kept_chars = 0
_PLAIN = frozenset(
    (str, SafeString, bytes, int, float, bool, type(None))
    + (date, datetime, Decimal, UUID)
)


def _plain(value, depth: int = 0) -> bool:
    """Whether ``value`` is data only (text, numbers, dates, and lists, tuples and
    dicts of them): no model instance, whose state a request could change."""
    kind = type(value)
    if kind in _PLAIN:
        return True
    if depth > 6 or kind not in (dict, list, tuple):
        return False
    if kind is dict:
        return all(
            _plain(k, depth + 1) and _plain(v, depth + 1) for k, v in value.items()
        )
    return all(_plain(item, depth + 1) for item in value)


def _from_text(text: str):
    """The database cache's stored text (base64 of a pickle), decoded."""
    return pickle.loads(base64.b64decode(text))  # noqa: S301


def decoded(rows, token_key=None, loads=_from_text) -> dict:
    """The values of ``rows`` (key, stored text or bytes, decoded by ``loads``).
    A fragment's entry that is data only is decoded once per process for the
    same stored text: the same object is then given to every request that reads
    it, which never changes it (the contract of
    ``core.cache.entries.fragment``). ``token_key(scope)``: the cache key of a
    scope's token, to find the entry again by its tokens (``valid_kept``)."""
    found = {}
    for key, text in rows:
        fragment = FRAGMENT_KEY in key
        kept = _kept.get(key) if fragment else None
        if kept is not None and kept[0] == text:
            found[key] = kept[1]
            continue
        found[key] = value = loads(text)
        if fragment and _plain(value):
            _keep(key, text, value, token_key)
    return found


def _keep(key: str, text: str, entry, token_key) -> None:
    global _kept_chars
    if _kept_chars + len(text) > _KEPT_MAX_CHARS:
        _kept.clear()
        _kept_chars = 0
    old = _kept.pop(key, None)
    scopes = entry.get("scopes") if isinstance(entry, dict) else None
    tokens = (
        tuple((token_key(name), token) for name, token in scopes.items())
        if token_key is not None and isinstance(scopes, dict)
        else None
    )
    _kept[key] = (text, entry, tokens)
    _kept_chars += len(text) - (len(old[0]) if old else 0)


def valid_kept(keys, known) -> tuple[dict, object]:
    """The fragments among ``keys`` decoded by this process whose every scope
    token is one the process keeps, at those tokens' values; and the label
    they go with. ``known(token_keys)`` gives the tokens kept and their label:
    ``core.cache.clock.Clock.known`` (valid while the clock reads that label)
    or ``core.cache.mirror.Mirror.read`` (current: Redis pushes every change).
    Such an entry is valid, whatever the cache holds under its key: it is read
    with its tokens, not from the cache (which may hold another entry made with
    the same tokens)."""
    now = time.time()
    found, wanted = {}, {}
    for key in keys:
        kept = _kept.get(key) if FRAGMENT_KEY in key else None
        if kept is None or kept[2] is None or kept[1].get("until", 0) <= now:
            continue
        found[key] = kept
        wanted.update(kept[2])
    if not found:
        return {}, None
    tokens, label = known(wanted)
    return {
        key: kept[1]
        for key, kept in found.items()
        if all(tokens.get(name) == token for name, token in kept[2])
    }, label


def forget(keys) -> None:
    """Drop the decoded fragments of ``keys`` (deleted from the cache)."""
    for key in keys:
        _kept.pop(key, None)
