"""What the SQLite and PostgreSQL engines share: the entry and facet tables, the
writes, the filters, the page of hits and the suggestions."""

import difflib

from django.conf import settings
from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Max

from ...models import SearchEntry
from ...registry import Entry
from ...text import words
from ..base import Engine, Hit, Query, Results, highlight
from ..ranking import plan

BATCH = 500


def exact_limit() -> int:
    """How many matches a query counts exactly (``SEARCH_EXACT_LIMIT``); above,
    the total is reported as "more than" this and facets are counted over the
    best results only, so that a query's work stays bounded."""
    return max(1, int(getattr(settings, "SEARCH_EXACT_LIMIT", 1000)))


def sort_facets(facets: dict[str, list[tuple[str, int]]]) -> None:
    """Most frequent values first, then by value (the order every engine shows)."""
    for rows in facets.values():
        rows.sort(key=lambda x: (-x[1], x[0]))


class DatabaseEngine(Engine):
    """The engine of the database in use: ``DatabaseEngine()`` returns a
    ``SQLiteEngine`` or a ``PostgresEngine``, as ``pathlib.Path()`` returns the
    path class of the system."""

    name = "database"

    def __new__(cls):
        if cls is DatabaseEngine:
            cls = _engine_class()
        return super().__new__(cls)

    # Writing -----------------------------------------------------------------

    def replace(self, source, object_id, entries):
        with transaction.atomic():
            ids = list(
                SearchEntry.objects.filter(
                    source=source, object_id=str(object_id)
                ).values_list("id", flat=True)
            )
            keys = [e.key for e in entries]
            ids += list(
                SearchEntry.objects.filter(key__in=keys).values_list("id", flat=True)
            )
            self._delete_ids(set(ids))
            self.add_many(entries)
        return bool(ids or entries)

    def _delete_ids(self, ids):
        if not ids:
            return
        ids = list(ids)
        self._delete_text(ids)
        SearchEntry.objects.filter(id__in=ids).delete()

    def _delete_text(self, ids: list[int]) -> None:
        """Drop the full-text rows of these entries, unless the database cascades."""

    def add_many(self, entries):
        entries = list(entries)
        for i in range(0, len(entries), BATCH):
            self._add_batch(entries[i : i + BATCH])

    def _add_batch(self, entries: list[Entry]) -> None:
        raise NotImplementedError

    def clear(self, source: str | None = None):
        with transaction.atomic():
            if source:
                ids = SearchEntry.objects.filter(source=source).values_list(
                    "id", flat=True
                )
                self._delete_ids(set(ids))
                return
            with connection.cursor() as cur:
                self._clear_all(cur)

    def _clear_all(self, cursor) -> None:
        raise NotImplementedError

    def count(self):
        return SearchEntry.objects.count()

    # Reading -----------------------------------------------------------------

    def _filters(self, query: Query) -> tuple[str, list]:
        """The conditions on the entries ``e``: the query's locale and facets."""
        sql, params = [], []
        if query.locale:
            sql.append("e.locale = %s")
            params.append(query.locale)
        for name, values in sorted(query.filters.items()):
            values = [v for v in values if v]
            if not values:
                continue
            if name == "type":
                marks = ",".join("%s" for _ in values)
                sql.append(f"e.source IN ({marks})")
                params += values
                continue
            condition, values_params = self._facet_filter(name, values)
            sql.append(condition)
            params += values_params
        return " AND ".join(sql), params

    def _facet_filter(self, name: str, values: list[str]) -> tuple[str, list]:
        """The condition "the entry has one of these values of this facet"."""
        raise NotImplementedError

    def search_with(self, query: Query, match_class) -> Results:
        """Run ``query`` with the database's ``MatchQuery`` (``matching``)."""
        results = Results(query=query)
        where, fparams = self._filters(query)
        limit = max(exact_limit(), query.page_size)
        text = bool(query.text.strip())
        p = plan(query.text) if text else None
        if text and p is None:  # only stop words or signs
            results.suggestions = self.suggest(query)
            return results
        with self._transaction(), connection.cursor() as cur:
            total, estimate, page, rows = match_class(
                cur, p, where, fparams, limit
            ).run(
                by_date=query.sort == "date",
                page_size=query.page_size,
                offset=query.offset,
            )
        facets: dict[str, list[tuple[str, int]]] = {}
        for name, value, count in rows:
            facets.setdefault(name, []).append((value, count))
        sort_facets(facets)
        results.total, results.facets = total, facets
        results.total_is_estimate = estimate
        return self._finish(results, query, page)

    def _transaction(self):
        """Around the statements of one search: PostgreSQL sets its settings
        for the transaction (``SET LOCAL``), SQLite needs none."""
        return transaction.atomic()

    def _finish(self, results: Results, query: Query, page) -> Results:
        """The hits of a page of ``(entry id, score)``, with their highlights."""
        by_id = SearchEntry.objects.in_bulk([row[0] for row in page])
        for entry_id, score in page:
            e = by_id[entry_id]
            results.hits.append(
                Hit(
                    source=e.source,
                    object_id=e.object_id,
                    locale=e.locale,
                    title=e.title,
                    url=e.url,
                    date=e.date,
                    summary=e.summary,
                    facets=e.facets,
                    score=abs(float(score or 0)),
                    title_html=highlight(e.title, query, e.locale),
                    snippet=highlight(e.body or e.summary, query, e.locale, window=30),
                )
            )
        if not results.total and query.text.strip():
            results.suggestions = self.suggest(query)
        return results

    # Suggestions -------------------------------------------------------------

    def vocabulary(self) -> list[str]:
        """The words of the indexed titles and summaries (cached per index state)."""
        state = SearchEntry.objects.aggregate(n=Max("id"), t=Max("indexed_at"))
        stamp = state["t"].timestamp() if state["t"] else 0
        key = f"search:vocabulary:{state['n']}:{stamp}"
        vocab = cache.get(key)
        if vocab is None:
            seen = set()
            for title, summary in SearchEntry.objects.values_list(
                "title", "summary"
            ).iterator(chunk_size=2000):
                seen.update(
                    w.lower() for w in words(f"{title} {summary}") if len(w) > 2
                )
            vocab = sorted(seen)
            cache.set(key, vocab, 3600)
        return vocab

    def suggest(self, query: Query) -> list[str]:
        return suggest_from_vocabulary(query.text, self.vocabulary())


def _engine_class() -> type[DatabaseEngine]:
    if connection.vendor == "sqlite":
        from .sqlite import SQLiteEngine

        return SQLiteEngine
    if connection.vendor == "postgresql":
        from .postgres import PostgresEngine

        return PostgresEngine
    raise RuntimeError(
        "The database search engine needs SQLite or PostgreSQL; "
        "set SEARCH_ENGINE=elasticsearch for other databases."
    )


def suggest_from_vocabulary(text: str, vocabulary: list[str]) -> list[str]:
    """A corrected query built from the nearest indexed words, if any."""
    qwords = words(text)
    if not qwords or not vocabulary:
        return []
    corrected, changed = [], False
    for w in qwords:
        lw = w.lower()
        if lw in vocabulary:
            corrected.append(w)
            continue
        near = difflib.get_close_matches(lw, vocabulary, n=1, cutoff=0.75)
        if near:
            corrected.append(near[0])
            changed = True
        else:
            corrected.append(w)
    return [" ".join(corrected)] if changed else []
