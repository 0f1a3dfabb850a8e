"""SQLite: the entries' analysed terms in the ``sitesearch_fts`` FTS5 table, ranked
with ``bm25`` (title weighs most)."""

import json

from django.db import connection, transaction

from ...models import SearchEntry, SearchFacet
from ...registry import Entry
from ...text import latin_locale, query_terms, terms
from ..base import Query, Results, facet_rows
from .base import BATCH, DatabaseEngine, exact_limit, sort_facets


class SQLiteEngine(DatabaseEngine):
    # Writing -----------------------------------------------------------------

    def _delete_text(self, ids):
        with connection.cursor() as cur:
            for i in range(0, len(ids), BATCH):
                chunk = ids[i : i + BATCH]
                marks = ",".join("%s" for _ in chunk)
                cur.execute(
                    f"DELETE FROM sitesearch_fts WHERE rowid IN ({marks})",  # noqa: S608
                    chunk,
                )

    def _add_batch(self, entries: list[Entry]):
        with transaction.atomic():
            rows = SearchEntry.objects.bulk_create(
                [
                    SearchEntry(
                        key=e.key,
                        source=e.source,
                        object_id=str(e.object_id),
                        locale=e.locale,
                        title=e.title,
                        summary=e.summary,
                        body=e.body,
                        url=e.url,
                        date=e.date,
                        facets=e.facets,
                    )
                    for e in entries
                ]
            )
            SearchFacet.objects.bulk_create(
                [
                    SearchFacet(entry_id=row.id, name=name, value=value)
                    for row, e in zip(rows, entries, strict=True)
                    for name, value in facet_rows(e)
                ]
            )
            with connection.cursor() as cur:
                cur.executemany(
                    "INSERT INTO sitesearch_fts(rowid, title, summary, body) "
                    "VALUES (%s, %s, %s, %s)",
                    [
                        (
                            row.id,
                            " ".join(terms(e.title, e.locale)),
                            " ".join(terms(e.summary, e.locale)),
                            " ".join(terms(e.body, e.locale)),
                        )
                        for row, e in zip(rows, entries, strict=True)
                    ],
                )

    def _clear_all(self, cursor):
        cursor.execute("DELETE FROM sitesearch_fts")
        cursor.execute("DELETE FROM sitesearch_searchfacet")
        cursor.execute("DELETE FROM sitesearch_searchentry")

    # Reading -----------------------------------------------------------------

    def _facet_filter(self, name, values):
        marks = ",".join("%s" for _ in values)
        return (
            "e.id IN (SELECT entry_id FROM sitesearch_searchfacet "
            f"WHERE name = %s AND value IN ({marks}))",
            [name, *values],
        )

    def _fts_expression(self, query: Query) -> str | None:
        """The FTS5 query: every word, in any of its analysed forms."""
        locales = [query.locale] if query.locale else ["fr", "en"]
        options = query_terms(query.text, [latin_locale(x) for x in locales])
        if not options:
            return None
        return " AND ".join(
            "(" + " OR ".join(f'"{t}"' for t in sorted(opts)) + ")" for opts in options
        )

    def search(self, query: Query) -> Results:
        """Bounded work per query, as on PostgreSQL.

        Up to ``limit`` matches: exact total, ``bm25`` ranking and facet counts.
        Beyond: the best ``limit`` results — entries whose title and summary
        hold every word (an FTS5 column filter, so ``bm25`` is computed for those
        only), then body-only matches newest first — with the total reported as
        "more than ``limit``" and facets counted over those results.
        """
        results = Results(query=query)
        where, fparams = self._filters(query)
        cond = f" AND {where}" if where else ""
        limit = max(exact_limit(), query.page_size)
        text = bool(query.text.strip())
        by_date = query.sort == "date" or not text
        bm25 = "bm25(sitesearch_fts, 10.0, 4.0, 1.0)"
        if text:
            expr = self._fts_expression(query)
            if expr is None:
                results.suggestions = self.suggest(query)
                return results
            matching = (
                "FROM sitesearch_fts JOIN sitesearch_searchentry e "
                "ON e.id = sitesearch_fts.rowid WHERE sitesearch_fts MATCH %s"
                f"{cond}"
            )
            mparams = [expr, *fparams]
            probe = (
                (f"SELECT 1 {matching}", mparams)
                if where
                else (
                    "SELECT 1 FROM sitesearch_fts WHERE sitesearch_fts MATCH %s",
                    [expr],
                )
            )
        else:
            matching = "FROM sitesearch_searchentry e" + (
                f" WHERE {where}" if where else ""
            )
            mparams = fparams
            probe = (f"SELECT 1 {matching}", mparams)
        newest = "e.date IS NULL, e.date DESC, e.id DESC"
        with connection.cursor() as cur:
            cur.execute(
                f"SELECT count(*) FROM ({probe[0]} LIMIT %s)",  # noqa: S608
                [*probe[1], limit + 1],
            )
            n = cur.fetchone()[0]
            estimate = n > limit
            if not estimate:
                score = bm25 if text else "0.0"
                order = newest if by_date else "score ASC, e.id"
                cur.execute(
                    f"SELECT e.id, {score} AS score {matching} "  # noqa: S608
                    f"ORDER BY {order} LIMIT %s OFFSET %s",
                    [*mparams, query.page_size, query.offset],
                )
                page = cur.fetchall()
                ids_sql, ids_params = f"SELECT e.id {matching}", mparams
            else:
                if by_date:
                    cur.execute(
                        f"SELECT e.id, 0.0 {matching} "  # noqa: S608
                        f"ORDER BY {newest} LIMIT %s",
                        [*mparams, limit],
                    )
                    best = cur.fetchall()
                else:
                    cur.execute(
                        f"SELECT e.id, {bm25} AS score FROM sitesearch_fts "  # noqa: S608
                        "JOIN sitesearch_searchentry e ON e.id = sitesearch_fts.rowid "
                        f"WHERE sitesearch_fts MATCH %s{cond} "
                        "ORDER BY score ASC, e.id LIMIT %s",
                        [f"{{title summary}} : ({expr})", *fparams, limit],
                    )
                    best = cur.fetchall()
                    if len(best) < limit:
                        cur.execute(
                            "SELECT e.id, 0.0 FROM sitesearch_searchentry e "  # noqa: S608
                            "WHERE e.id IN (SELECT rowid FROM sitesearch_fts "
                            "WHERE sitesearch_fts MATCH %s) "
                            f"AND e.id NOT IN (SELECT value FROM json_each(%s)){cond} "
                            f"ORDER BY {newest} LIMIT %s",
                            [
                                expr,
                                json.dumps([row[0] for row in best]),
                                *fparams,
                                limit - len(best),
                            ],
                        )
                        best += cur.fetchall()
                page = best[query.offset : query.offset + query.page_size]
                ids_sql = "SELECT value FROM json_each(%s)"
                ids_params = [json.dumps([row[0] for row in best])]
                n = len(best)
            facets: dict[str, list[tuple[str, int]]] = {}
            if n:
                cur.execute(
                    "SELECT f.name, f.value, count(*) FROM sitesearch_searchfacet f "
                    f"WHERE f.entry_id IN ({ids_sql}) "  # noqa: S608
                    "GROUP BY f.name, f.value",
                    ids_params,
                )
                for name, value, count in cur.fetchall():
                    facets.setdefault(name, []).append((value, count))
        sort_facets(facets)
        results.total, results.facets = n, facets
        results.total_is_estimate = estimate
        return self._finish(results, query, page)
