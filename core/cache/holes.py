"""A page stored once for every signed-in citizen, with holes where each
reader's own state goes (their supports, their follows, their own links),
filled for each reader by byte substitution, without rendering.

A view declares it with ``@filled_for_members(Reader)``; ``Reader`` says what a
reader's state is (``read``, stored per person and page subject until their
own writes change it: ``reader_changed``), which states each subject of a hole
has (``states``: each one applied to the template context while the hole is
rendered) and which of them a reader is in (``state_of``).

The page is rendered once in *holes mode* (``request.sharaka_holes``): each
``{% per_reader subject %}`` part is rendered in every state of its subject and
leaves a marker; forms get a placeholder for the CSRF token; the account menu
is left out. What is stored thus holds nothing of the reader who made it. Each
answer then picks, for each hole, the variant of the reader's state, puts in a
CSRF token valid for the reader's cookie and their stored account menu
(``members.account_menu``). Staff, sessions with messages, readers who may
endorse in the name of an organisation (when the page takes endorsements) and
browsers without a CSRF cookie get the whole page rendered as before.
"""

import re

from . import members

CSRF = "sharaka-holes-csrf-placeholder"
_MARKER = re.compile(rb"<!--sharaka:hole:(\d+)-->")


def reader_scope(user_id) -> str:
    return f"reader:{user_id}"


def reader_changed(*user_ids) -> None:
    """What these people did on pages (a support, a follow, a contribution)
    changed: their stored states are read again."""
    from .scopes import invalidate

    invalidate(*(reader_scope(pk) for pk in user_ids if pk is not None))


def filled_for_members(reader):
    """Declare a function view's page stored once for signed-in citizens, with
    holes ``reader`` fills (see the module's docstring)."""

    def declare(view):
        view.reader_holes = reader
        return view

    return declare


def reader_of(request, language: str):
    """The ``Reader`` the view at this address declared, or None."""
    func = members._view_at(request.path_info, language)
    return getattr(func, "reader_holes", None)


def marker(index: int) -> str:
    return f"<!--sharaka:hole:{index}-->"


class Holes:
    """What a page rendered in holes mode records: for each hole, its subject's
    key and the part rendered in each state (``{state: html}``)."""

    def __init__(self, reader):
        self.reader = reader
        self.holes: list[tuple[tuple, dict]] = []
        self.facts: dict = {}  # what the view says of the page (``Reader.fallback``)

    def hole(self, context, nodelist, subject, aspect: str) -> str:
        variants, interned = {}, {}
        request = context.get("request")
        for state, apply in self.reader.states(subject, aspect, request):
            with apply(context):
                html = str(nodelist.render(context))
            variants[state] = interned.setdefault(html, html)
        self.holes.append((self.reader.subject_key(subject, aspect), variants))
        return marker(len(self.holes) - 1)

    def stored(self, content: bytes) -> dict:
        """What is stored: the page without the account menu, cut at its holes
        (text and hole numbers in turn), and each hole's variants."""
        start = content.find(members.START)
        end = content.find(members.END)
        if start >= 0 and end > start:
            content = content[: start + len(members.START)] + content[end:]
        segments = _MARKER.split(content)
        for index in range(1, len(segments), 2):
            segments[index] = int(segments[index])
        encoded: dict[str, bytes] = {}  # one copy of each variant's bytes
        holes = [
            (subject, {k: encoded.setdefault(v, v.encode()) for k, v in found.items()})
            for subject, found in self.holes
        ]
        return {"segments": segments, "holes": holes, "facts": self.facts}


def size(stored: dict) -> int:
    """About how many bytes a stored page with holes holds in memory."""
    text = sum(len(part) for part in stored["segments"] if isinstance(part, bytes))
    variants = {id(v): len(v) for _s, found in stored["holes"] for v in found.values()}
    return text + sum(variants.values())


def active(request) -> Holes | None:
    return getattr(request, "sharaka_holes", None)


def fill(stored: dict, reader, state, token: str) -> bytes:
    """The stored page with each hole filled for the reader in ``state`` and the
    CSRF ``token``: byte substitution only."""
    segments, holes = stored["segments"], stored["holes"]
    parts = segments[:]
    for index in range(1, len(parts), 2):
        subject, variants = holes[parts[index]]
        parts[index] = variants[reader.state_of(state, subject)]
    return b"".join(parts).replace(CSRF.encode(), token.encode())


def with_token(response, token: str):
    """A response rendered in holes mode that is not the page (an error page):
    the reader's CSRF token in its forms."""
    if not response.streaming and CSRF.encode() in response.content:
        response.content = response.content.replace(CSRF.encode(), token.encode())
    return response
