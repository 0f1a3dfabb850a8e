"""Cached entries that carry the generations they were made with.

An entry is ``{"scopes": {scope: token}, "value": ...}``. Each process remembers
which scopes an entry key depended on last time, so that reading an entry and the
current tokens of its scopes is one ``get_many`` — one round trip with Redis, one
query with the database cache.
"""

import contextvars
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import caches

from . import scopes as _scopes

# Seconds kept for an entry whose some scope was first read after rendering: a
# write in between could have been missed, so it does not live long.
SHORT_SECONDS = 10
FRAGMENT_PREFIX = "sharaka:fragment"
_MAX_REMEMBERED = 20_000
_remembered: dict[str, tuple[str, ...]] = {}


def _remember(entry_key: str, names) -> None:
    if len(_remembered) >= _MAX_REMEMBERED:
        _remembered.clear()
    _remembered[entry_key] = tuple(names)


# The fragments each address (its family) read in its last two renders (what a
# render reads depends on what was stale), and, while one renders, what was read
# for it in advance and what it reads.
_MAX_FAMILIES = 5_000
_MAX_AHEAD = 100
_family_reads: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
_batch: contextvars.ContextVar["Batch | None"] = contextvars.ContextVar(
    "sharaka_cache_batch", default=None
)


class Batch:
    """What a render reads from the cache, read in one round trip before it
    (``with Batch(family): render``): the fragments its address read in its last
    two renders (the site's rows, the menu, the page body, the cards ...) and
    their scope tokens, instead of a round trip for each.

    The page cache reads them with the answer's own entry (``keys_of_family``,
    then ``Batch(family, keys, found)``), so a page not stored yet costs one
    round trip before it is rendered. What a lookup finds here was read before
    rendering began, which is what it must see: a token changed since then only
    makes the entry shorter-lived. A lookup whose keys were not all read in
    advance reads the cache as usual.
    """

    def __init__(self, family: str, keys=None, found: dict | None = None):
        self.family = family
        self.asked: set[str] = set(keys or ())
        self.found: dict[str, Any] = found or {}
        self.read: dict[str, None] = {}

    @staticmethod
    def keys_of_family(family: str) -> list[str]:
        """The keys to read in advance for a render of ``family``."""
        last, before = _family_reads.get(family, ((), ()))
        entry_keys = dict.fromkeys((*last, *before))
        return [key for entry_key in entry_keys for key in keys_of(entry_key)]

    def __enter__(self):
        if not self.asked:
            wanted = self.keys_of_family(self.family)
            if wanted:
                self.found = _scopes.read_many(wanted)
                self.asked = set(wanted)
        self.token = _batch.set(self)
        return self

    def __exit__(self, *exc_info):
        _batch.reset(self.token)
        if exc_info[0] is None:
            if len(_family_reads) >= _MAX_FAMILIES:
                _family_reads.clear()
            last = _family_reads.get(self.family, ((), ()))[0]
            _family_reads[self.family] = (tuple(self.read)[:_MAX_AHEAD], last)

    def get_many(self, keys: list[str], entry_keys) -> dict[str, Any]:
        """``keys`` from what was read in advance, else from the cache."""
        self.read.update(dict.fromkeys(entry_keys))
        if self.asked.issuperset(keys):
            return {key: self.found[key] for key in keys if key in self.found}
        return _scopes.read_many(keys)


def active_batch() -> "Batch | None":
    return _batch.get()


def _get_many(keys: list[str], entry_keys) -> dict[str, Any]:
    batch = _batch.get()
    return (
        _scopes.read_many(keys) if batch is None else batch.get_many(keys, entry_keys)
    )


class Lookup:
    """The entry under ``key`` if still valid (``value``), else what is needed to
    store a fresh one (``snapshot``: tokens read *before* rendering).

    ``family``: a key whose entries depend on the same scopes (a page's address
    without its query string). An address never seen yet reads the tokens its
    family depended on in the same round trip, so its answer is stored with them
    for the full time instead of reading them again after rendering.
    """

    __slots__ = ("key", "family", "value", "snapshot", "recorded", "until")

    def __init__(
        self, entry_key: str, found: dict | None = None, family: str | None = None
    ):
        self.key, self.family = entry_key, family
        self.value: Any = None
        self.recorded: dict[str, int] = {}
        self.until: float | None = None  # when the entry found expires
        names = _names(entry_key, family)
        if found is None:
            found = _get_many(keys_of(entry_key, family), [entry_key])
        current = {name: found.get(_scopes.key(name)) for name in names}
        entry = found.get(entry_key)
        if entry is not None:
            recorded = entry["scopes"]
            if set(recorded) != set(names):
                _remember(entry_key, recorded)
                current = _scopes.generations(recorded)
            if all(
                current.get(name) is not None and current[name] == token
                for name, token in recorded.items()
            ):
                self.value = entry["value"]
                self.recorded = recorded
                self.until = entry.get("until")
        self.snapshot = current

    @classmethod
    def many(cls, entry_keys) -> dict[str, "Lookup"]:
        """A lookup for each key, all read in one round trip."""
        keys = list(entry_keys)
        wanted = dict.fromkeys(key for entry in keys for key in keys_of(entry))
        found = _get_many(list(wanted), keys)
        return {entry_key: cls(entry_key, found) for entry_key in keys}

    @property
    def hit(self) -> bool:
        return self.value is not None


def _names(entry_key: str, family: str | None = None) -> tuple[str, ...]:
    names = _remembered.get(entry_key)
    if names is None and family is not None:
        names = _remembered.get(family)
    return names or ()


def keys_of(entry_key: str, family: str | None = None) -> list[str]:
    """The entry's key and those of the scopes it (or its family) depended on
    last time."""
    return [entry_key, *(_scopes.key(name) for name in _names(entry_key, family))]


def _known(lookup: Lookup, names: set[str]) -> dict[str, int]:
    """The tokens of ``names`` read before rendering."""
    return {n: t for n, t in lookup.snapshot.items() if n in names and t}


def _store_all(computed: list[tuple[Lookup, Any, set[str]]], seconds: int) -> None:
    """Store each (lookup, value, scopes it read): the scope tokens not read before
    rendering made (or read) at once, and kept ``SHORT_SECONDS`` only, since a
    write in between could have been missed; one ``set_many`` per lifetime."""
    if not computed:
        return
    missing = set()
    for lookup, _value, names in computed:
        missing |= names - set(_known(lookup, names))
    made = _scopes.ensure(missing) if missing else {}
    by_seconds: dict[int, dict] = {}
    for lookup, value, names in computed:
        known = _known(lookup, names)
        lifetime = seconds if set(known) == names else min(seconds, SHORT_SECONDS)
        known.update({name: made[name] for name in names - set(known)})
        by_seconds.setdefault(lifetime, {})[lookup.key] = {
            "scopes": known,
            "value": value,
            "until": time.time() + lifetime,
        }
        for key in filter(None, (lookup.key, lookup.family)):
            _remember(key, known)
    # Entries may be lost and may wait: the database cache writes them with its
    # next statement (``set_many_later``); other stores at once.
    store = caches["default"]
    write = getattr(store, "set_many_later", None) or store.set_many
    for lifetime, entries in by_seconds.items():
        write(entries, lifetime)


def store(lookup: Lookup, value, names: set[str], seconds: int) -> None:
    _store_all([(lookup, value, names)], seconds)


def fragment(name: str, compute: Callable[[], Any], *parts: str, seconds=3600):
    """``compute()``, shared by every process until a scope it read changes.

    The scopes are recorded while ``compute`` runs (tables read, ``depends_on``)
    and declared again to the response being rendered when the fragment comes from
    the cache, so the page that shows it goes stale with it. ``parts`` are what the
    value varies by (host, language ...). A ``None`` from ``compute`` is returned
    and not stored (nothing found: an address that leads nowhere).

    The value is read, never changed: a process may hand the same object to
    every request that reads it (``core.cache.rows.decoded``).
    """
    entry_key = ":".join([FRAGMENT_PREFIX, name, *parts])
    lookup = (
        Lookup(entry_key) if getattr(settings, "FRAGMENT_CACHE_ENABLED", True) else None
    )
    if lookup is not None and lookup.hit:
        _scopes.depends_on(*lookup.recorded)
        return lookup.value
    with _scopes.Recording() as recording:
        value = compute()
    if lookup is not None and value is not None:
        store(lookup, value, recording.scopes(), seconds)
    return value


class Fragments:
    """Many fragments of one page (a consultation's comment threads ...), read in
    one round trip before the page is rendered.

    ``items`` maps each fragment's key to the scopes it depends on besides the
    tables it reads; ``parts`` are what all of them vary by (language, whether
    the reader is signed in ...). ``render(key, compute)`` returns the stored
    value or computes it; ``store()``, once the page is rendered, stores those
    computed in one write (``set_many``).
    """

    SECONDS = 3600

    def __init__(self, name: str, items: dict, *parts: str):
        self.prefix = ":".join([FRAGMENT_PREFIX, name, *parts])
        self.scopes = {str(key): tuple(names) for key, names in items.items()}
        enabled = getattr(settings, "FRAGMENT_CACHE_ENABLED", True)
        self.lookups = (
            Lookup.many(f"{self.prefix}:{key}" for key in self.scopes)
            if enabled and self.scopes
            else {}
        )
        self.computed: list[tuple[Lookup, Any, set[str]]] = []

    def missing(self) -> list[str]:
        """The keys not stored (all of them when fragments are off): what the
        view must read to render them, and only that."""
        return [
            key
            for key in self.scopes
            if not ((lookup := self.lookups.get(f"{self.prefix}:{key}")) and lookup.hit)
        ]

    def depend(self, key, *scopes: str) -> None:
        """``key``, when rendered, also depends on ``scopes`` (what the view read
        for it before rendering: the tables it read are not recorded then)."""
        key = str(key)
        self.scopes[key] = (*self.scopes.get(key, ()), *scopes)

    def read_missing(self, read: Callable[[list[str]], Any], covered=()) -> list:
        """``read(keys)`` for the fragments not stored: the rows the view renders
        them from, read in one go. Each of those fragments then depends on the
        tables read but ``covered`` (models, or labels, whose every change that
        the fragment shows invalidates one of its own scopes).

        The response being rendered keeps every table read as a dependency.
        """
        keys = self.missing()
        if not keys:
            return []
        with _scopes.Recording() as recording:
            rows = list(read(keys))
        labels = {
            item if isinstance(item, str) else item._meta.label_lower
            for item in covered
        }
        names = recording.scopes() - labels
        for key in keys:
            self.depend(key, *names)
        return rows

    def render(self, key, compute: Callable[[], Any]):
        key = str(key)
        lookup = self.lookups.get(f"{self.prefix}:{key}")
        if lookup is not None and lookup.hit:
            _scopes.depends_on(*lookup.recorded)
            return lookup.value
        with _scopes.Recording() as recording:
            _scopes.depends_on(*self.scopes.get(key, ()))
            value = compute()
        if lookup is not None:
            self.computed.append((lookup, value, recording.scopes()))
        return value

    def store(self) -> None:
        """Store the fragments computed: the missing scope tokens made at once,
        the entries written in one ``set_many`` per lifetime."""
        computed, self.computed = self.computed, []
        _store_all(computed, self.SECONDS)
