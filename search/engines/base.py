"""What every search engine offers, and the shapes of queries and results."""

import datetime
import html
from contextlib import contextmanager
from dataclasses import dataclass, field

from django.utils.safestring import SafeString, mark_safe

from ..registry import Entry
from ..text import WORD_RE, analyze_word, query_terms

# Facets every engine counts, in display order; "type" is the source's name.
FACETS = ("type", "locale", "category", "year", "tags")
SORTS = ("relevance", "date")


@dataclass
class Query:
    text: str = ""
    locale: str = ""  # "" = all locales
    filters: dict[str, list[str]] = field(default_factory=dict)  # facet -> values
    sort: str = "relevance"
    page: int = 1
    page_size: int = 20

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.page_size


@dataclass
class Hit:
    source: str
    object_id: str
    locale: str
    title: str
    url: str
    date: datetime.date | None
    summary: str
    facets: dict
    score: float = 0.0
    title_html: SafeString | str = ""
    snippet: SafeString | str = ""


@dataclass
class Results:
    query: Query
    total: int = 0
    # True when the query matched more entries than the engine counts exactly
    # (``SEARCH_EXACT_LIMIT``): ``total`` is then a lower bound ("1,000+"), the
    # pages reach only that far and facet counts are over those best results.
    total_is_estimate: bool = False
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestions: list[str] = field(default_factory=list)

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.page_size))


def facet_rows(entry: Entry) -> list[tuple[str, str]]:
    """The (facet, value) pairs counted for an entry, type/locale/year included."""
    rows = {("type", entry.source), ("locale", entry.locale)}
    if entry.date and "year" not in entry.facets:
        rows.add(("year", str(entry.date.year)))
    for name, values in entry.facets.items():
        for value in values or ():
            if value not in (None, ""):
                rows.add((name[:32], str(value)[:128]))
    return sorted(rows)


class Engine:
    """The interface the search service talks to."""

    name = "base"

    def replace(self, source: str, object_id: str, entries: list[Entry]) -> bool:
        """Make the index hold exactly ``entries`` for this record; whether the
        index changed (entries removed or written)."""
        raise NotImplementedError

    def add_many(self, entries: list[Entry]) -> None:
        """Bulk-add entries known to be absent (a rebuild)."""
        raise NotImplementedError

    def clear(self, source: str | None = None) -> None:
        """Empty the index, or drop one source's entries."""
        raise NotImplementedError

    @contextmanager
    def bulk(self):
        """Around a rebuild: an engine may defer index maintenance to the end."""
        yield

    def count(self) -> int:
        raise NotImplementedError

    def search(self, query: Query) -> Results:
        raise NotImplementedError


def highlight(text: str, query: Query, locale: str, *, window: int = 0) -> SafeString:
    """Escape ``text`` and wrap the words that match the query in <mark>.

    With ``window``, cut an excerpt of about that many words around the densest
    matches. Matching uses the same analysis as the index, so ``الإشراف`` is
    marked for the query ``الاشراف``.
    """
    if not text:
        return mark_safe("")  # noqa: S308 (empty)
    wanted = set().union(*query_terms(query.text)) or set()
    tokens = list(_tokens(text))
    marks = [
        i for i, (_s, _e, w) in enumerate(tokens) if w and set(analyze_word(w)) & wanted
    ]
    start_char, end_char = 0, len(text)
    if window and len(tokens) > window:
        first = 0
        if marks:
            best, first = 0, marks[0]
            for m in marks:
                n = sum(1 for x in marks if m <= x < m + window)
                if n > best:
                    best, first = n, m
            first = max(0, first - window // 4)
        last = min(len(tokens), first + window) - 1
        start_char, end_char = tokens[first][0], tokens[last][1]
    out, pos = [], start_char
    marked = set(marks)
    for i, (s, e, _w) in enumerate(tokens):
        if s < start_char or e > end_char:
            continue
        out.append(html.escape(text[pos:s]))
        piece = html.escape(text[s:e])
        out.append(f"<mark>{piece}</mark>" if i in marked else piece)
        pos = e
    out.append(html.escape(text[pos:end_char]))
    result = "".join(out).strip()
    if start_char > 0:
        result = "… " + result
    if end_char < len(text):
        result += " …"
    return mark_safe(result)  # noqa: S308 (every piece escaped above)


def _tokens(text: str):
    for m in WORD_RE.finditer(text):
        yield m.start(), m.end(), m.group()
