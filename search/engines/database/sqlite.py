"""SQLite: the entries' analysed terms (``search.analysis``) in the
``sitesearch_fts`` FTS5 table, matched with FTS5 and ranked by the shared score
(``search.engines.ranking``) computed in SQL."""

import contextlib
import json

from django.db import connection, transaction

from ...models import SearchEntry, SearchFacet
from ...registry import Entry
from ...text import text_terms
from ..base import Query, Results, facet_rows
from ..ranking import COVER, SUMMARY, TITLE
from .base import BATCH, DatabaseEngine
from .matching import MatchQuery


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
                            text_terms(e.title),
                            text_terms(e.summary),
                            text_terms(e.body),
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

    def _transaction(self):
        return contextlib.nullcontext()

    def search(self, query: Query) -> Results:
        """Bounded work per query, as on PostgreSQL (see ``search_with``)."""
        return self.search_with(query, _SQLiteQuery)


def _literal(text: str) -> str:
    """A SQL string literal (terms are letters and digits; quotes doubled anyway)."""
    return "'" + text.replace("'", "''") + "'"


def _word(word: set[str]) -> str:
    return "(" + " OR ".join(f'"{t}"' for t in sorted(word)) + ")"


class _SQLiteQuery(MatchQuery):
    """The FTS5 side of a query: match expressions and the score in SQL."""

    newest = "e.date IS NULL, e.date DESC, e.id DESC"

    def expression(self, size: int) -> str:
        return " OR ".join(
            "(" + " AND ".join(_word(w) for w in combo) + ")"
            for combo in self.plan.combinations(size)
        )

    def score(self) -> tuple[str, list]:
        def holds(column, word):
            return (
                "("
                + " OR ".join(
                    f"instr(' ' || sitesearch_fts.{column} || ' ', {_literal(t)}) > 0"
                    for t in sorted(f" {x} " for x in word)
                )
                + ")"
            )

        sql = []
        for word in self.plan.words:
            title, summary = holds("title", word), holds("summary", word)
            body = holds("body", word)
            sql.append(
                f"(CASE WHEN {title} OR {summary} OR {body} THEN {COVER} ELSE 0 END"
                f" + {TITLE} * {title} + {SUMMARY} * {summary})"
            )
        return "(" + " + ".join(sql) + ")", []

    def _from(self, expr, columns=None):
        target = f"{{{columns}}} : ({expr})" if columns else expr
        sql = (
            "FROM sitesearch_fts JOIN sitesearch_searchentry e "
            "ON e.id = sitesearch_fts.rowid WHERE sitesearch_fts MATCH %s"
            f"{self.cond}"
        )
        return sql, [target, *self.fparams]

    def count(self, expr, limit):
        sql, params = self._from(expr)
        self.cur.execute(
            f"SELECT count(*) FROM (SELECT 1 {sql} LIMIT %s)",  # noqa: S608
            [*params, limit],
        )
        return self.cur.fetchone()[0]

    def ranked(self, expr, *, limit, offset=0, title_summary=False, exclude=()):
        sql, params = self._from(expr, "title summary" if title_summary else None)
        score, sparams = self.score()
        if exclude:
            sql += " AND e.id NOT IN (SELECT value FROM json_each(%s))"
            params.append(json.dumps(list(exclude)))
        self.cur.execute(
            f"SELECT e.id, {score} AS score {sql} "  # noqa: S608
            f"ORDER BY score DESC, {self.newest} LIMIT %s OFFSET %s",
            [*sparams, *params, limit, offset],
        )
        return self.cur.fetchall()

    def newest_rows(self, expr, *, limit, offset=0, exclude=()):
        sql, params = self._from(expr)
        if exclude:
            sql += " AND e.id NOT IN (SELECT value FROM json_each(%s))"
            params.append(json.dumps(list(exclude)))
        self.cur.execute(
            f"SELECT e.id, 0.0 {sql} ORDER BY {self.newest} "  # noqa: S608
            "LIMIT %s OFFSET %s",
            [*params, limit, offset],
        )
        return self.cur.fetchall()

    def facets_of(self, expr=None, ids=None):
        if ids is not None:
            inner, params = "SELECT value FROM json_each(%s)", [json.dumps(ids)]
        else:
            sql, params = self._from(expr)
            inner = f"SELECT e.id {sql}"
        self.cur.execute(
            "SELECT f.name, f.value, count(*) FROM sitesearch_searchfacet f "
            f"WHERE f.entry_id IN ({inner}) GROUP BY f.name, f.value",  # noqa: S608
            params,
        )
        return self.cur.fetchall()

    def listing(self, *, limit, offset):
        """No words: every entry (of the filters), newest first."""
        base = "FROM sitesearch_searchentry e" + (
            f" WHERE {self.where}" if self.where else ""
        )
        self.cur.execute(
            f"SELECT count(*) FROM (SELECT 1 {base} LIMIT %s)",  # noqa: S608
            [*self.fparams, self.limit + 1],
        )
        n = self.cur.fetchone()[0]
        self.cur.execute(
            f"SELECT e.id, 0.0 {base} ORDER BY {self.newest} "  # noqa: S608
            "LIMIT %s OFFSET %s",
            [*self.fparams, limit, offset],
        )
        page = self.cur.fetchall()
        self.cur.execute(
            f"SELECT e.id {base} ORDER BY {self.newest} LIMIT %s",  # noqa: S608
            [*self.fparams, self.limit],
        )
        ids = [row[0] for row in self.cur.fetchall()]
        return n, page, self.facets_of(ids=ids)
