"""Copies of stored answers kept in this process's memory, checked against the
shared scope tokens on every request.

A page hit read the stored answer (15 to 25 kB, pickled) and its scope tokens on
every request. A process that served an answer keeps a copy of it here with the
tokens it was valid for; the next request for it reads only the current tokens
(a dozen integers: one small round trip) and answers from the copy when none
changed. Validity is still decided by the shared tokens, so a write made by any
process is seen on the next request; a copy never outlives its stored entry's
lifetime (``until``: ten seconds for an entry whose tokens were read after
rendering). Bounded: the least recently used copies go first.
"""

import copy as _copy
import time
from collections import OrderedDict
from http.cookies import SimpleCookie
from typing import NamedTuple

from django.http import HttpResponse

from . import entries
from . import scopes as _scopes

MAX_COPIES = 300
# A page stored with holes keeps every variant of its holes: the 2,000-contribution
# consultation is a few hundred kB. The copies of a process stay under this size.
MAX_BYTES = 32 * 1024 * 1024


class Copy(NamedTuple):
    # Never returned itself: each answer is a copy of it (``response_of``).
    prototype: object  # an HttpResponse, or a page stored with holes
    scopes: dict[str, int]
    until: float
    size: int


_copies: "OrderedDict[str, Copy]" = OrderedDict()
_size = 0


def keep(key: str, lookup: entries.Lookup) -> None:
    """Keep a copy of the answer ``lookup`` found in the shared cache."""
    response = lookup.value
    if response.streaming:
        return
    _remember(key, plain(response), lookup, len(response.content))


def keep_value(key: str, lookup: entries.Lookup, size: int) -> None:
    """Keep the value ``lookup`` found (a page stored with holes: never changed
    by those who read it, so kept as it is), of about ``size`` bytes."""
    _remember(key, lookup.value, lookup, size)


def _remember(key: str, value, lookup: entries.Lookup, size: int) -> None:
    global _size
    if lookup.until is None or lookup.until <= time.time() or size > MAX_BYTES // 4:
        return
    _forget(key)
    _copies[key] = Copy(value, dict(lookup.recorded), lookup.until, size)
    _size += size
    while len(_copies) > MAX_COPIES or _size > MAX_BYTES:
        _forget(next(iter(_copies)))


def _forget(key: str) -> None:
    global _size
    copy = _copies.pop(key, None)
    if copy is not None:
        _size -= copy.size


def value_of(key: str, extra_keys=()) -> tuple[object | None, dict]:
    """The value kept for ``key`` if none of its scope tokens changed, else None;
    and what was read (the tokens, and ``extra_keys`` read in the same round
    trip, such as the person's session). Nothing is read without a copy."""
    copy = copy_of(key)
    if copy is None:
        return None, {}
    names = list(copy.scopes)
    found = _scopes.read_many([*(_scopes.key(name) for name in names), *extra_keys])
    tokens = {name: found.get(_scopes.key(name)) for name in names}
    return (copy.prototype if still_valid(key, copy, tokens) else None), found


def plain(response) -> HttpResponse:
    """The answer as it is stored and copied: status, headers and body, and
    whether it is shared with members; not a DRF answer's data nor a template
    answer's context (which made an API answer's pickle twice its body)."""
    copy = HttpResponse(response.content, status=response.status_code)
    for header, value in response.items():
        copy[header] = value
    copy.shared_with_members = getattr(response, "shared_with_members", False)
    return copy


def copy_of(key: str) -> Copy | None:
    copy = _copies.get(key)
    if copy is not None and copy.until <= time.time():
        _forget(key)
        return None
    return copy


def still_valid(key: str, copy: Copy, tokens: dict[str, int]) -> bool:
    """Whether ``tokens`` (the current ones of the copy's scopes) are those it was
    valid for; a copy found stale is dropped."""
    if all(tokens.get(name) == token for name, token in copy.scopes.items()):
        _copies.move_to_end(key)
        return True
    _forget(key)
    return False


def serve(key: str, extra_keys=()) -> tuple[HttpResponse | None, dict]:
    """The answer from this process's copy if none of its scope tokens changed,
    else None; and what was read (``value_of``)."""
    prototype, found = value_of(key, extra_keys)
    return (response_of(prototype) if prototype is not None else None), found


def response_of(prototype: HttpResponse) -> HttpResponse:
    """A new response from a copy: each request gets its own object, with its
    own headers, cookies and closers (copied, not validated again one by one)."""
    response = _copy.copy(prototype)
    response.headers = _copy.copy(prototype.headers)
    response.headers._store = dict(prototype.headers._store)
    response.cookies = SimpleCookie()
    response._resource_closers = []
    response._container = list(prototype._container)
    return response


def clear() -> None:
    global _size
    _copies.clear()
    _size = 0
