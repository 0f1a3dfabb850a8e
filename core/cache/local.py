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

import time
from collections import OrderedDict
from typing import NamedTuple

from django.http import HttpResponse

from . import entries

MAX_COPIES = 300


class Copy(NamedTuple):
    status: int
    headers: tuple[tuple[str, str], ...]
    content: bytes
    shared_with_members: bool
    scopes: dict[str, int]
    until: float


_copies: "OrderedDict[str, Copy]" = OrderedDict()


def keep(key: str, lookup: entries.Lookup) -> None:
    """Keep a copy of the answer ``lookup`` found in the shared cache."""
    response, until = lookup.value, lookup.until
    if until is None or until <= time.time() or response.streaming:
        return
    _copies[key] = Copy(
        response.status_code,
        tuple(response.items()),
        response.content,
        getattr(response, "shared_with_members", False),
        dict(lookup.recorded),
        until,
    )
    _copies.move_to_end(key)
    while len(_copies) > MAX_COPIES:
        _copies.popitem(last=False)


def copy_of(key: str) -> Copy | None:
    copy = _copies.get(key)
    if copy is not None and copy.until <= time.time():
        del _copies[key]
        return None
    return copy


def still_valid(key: str, copy: Copy, tokens: dict[str, int]) -> bool:
    """Whether ``tokens`` (the current ones of the copy's scopes) are those it was
    valid for; a copy found stale is dropped."""
    if all(tokens.get(name) == token for name, token in copy.scopes.items()):
        _copies.move_to_end(key)
        return True
    _copies.pop(key, None)
    return False


def response_of(copy: Copy) -> HttpResponse:
    """A new response from the copy: each request gets its own object."""
    response = HttpResponse(copy.content, status=copy.status)
    for header, value in copy.headers:
        response[header] = value
    response.shared_with_members = copy.shared_with_members
    return response


def clear() -> None:
    _copies.clear()
