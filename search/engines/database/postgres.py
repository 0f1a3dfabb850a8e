"""PostgreSQL: the terms of the analysis chain (``search.analysis``), computed in
Python exactly as for SQLite, stored as they are in ``tsvector`` columns with GIN
indexes (no text-search configuration in between): ``sitesearch_pgtext`` (every
term) for matching, ``sitesearch_pgentry`` (title terms weighted A, summary B)
for the shared score (``search.engines.ranking``) and the facet keys."""

import json
from contextlib import contextmanager

from django.db import connection

from ...analysis import analyze
from ...registry import Entry
from ...text import terms
from ..base import Query, Results, facet_rows
from ..ranking import COVER, SUMMARY, TITLE
from .base import DatabaseEngine
from .matching import MatchQuery

# Built once at the end of a rebuild (``bulk``), far faster than row by row.
PG_INDEXES = {
    "sitesearch_pgtext_vector_gin": "sitesearch_pgtext USING GIN (search_vector)",
    "sitesearch_pgentry_rank_gin": "sitesearch_pgentry USING GIN (rank_vector)",
    "sitesearch_pgentry_facets_gin": "sitesearch_pgentry USING GIN (facet_keys)",
}


def _lexeme(term: str) -> str:
    return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'"


def rank_vector(title: str, summary: str) -> str:
    """The title (weight A) and summary (B) terms as a ``tsvector`` literal."""
    positions: dict[str, list[str]] = {}
    pos = 0
    for text, weight in ((title, "A"), (summary, "B")):
        for forms in analyze(text):
            pos = min(pos + 1, 16383)
            for term in forms:
                positions.setdefault(term, []).append(f"{pos}{weight}")
    return " ".join(f"{_lexeme(t)}:{','.join(p[:256])}" for t, p in positions.items())


def word_vector(*texts: str) -> str:
    """Every term of the texts, without positions (matching only)."""
    seen = dict.fromkeys(t for text in texts for t in terms(text))
    return " ".join(_lexeme(t) for t in seen)


class PostgresEngine(DatabaseEngine):
    # Writing -----------------------------------------------------------------

    def _add_batch(self, entries: list[Entry]):
        """One statement per batch: the entry rows, and their searchable side in
        ``sitesearch_pgentry`` and ``sitesearch_pgtext`` with vectors computed by
        PostgreSQL from the text Python has folded and the locale's configuration.
        (The full-text rows go with their entry: ON DELETE CASCADE.)"""
        values, params = [], []
        for e in entries:
            values.append("(" + ", ".join(["%s"] * 13) + ")")
            params += [
                e.key,
                e.source,
                str(e.object_id),
                e.locale,
                e.title,
                e.summary,
                e.body,
                e.url,
                e.date,
                json.dumps(e.facets, ensure_ascii=False),
                [f"{name}:{value}" for name, value in facet_rows(e)],
                rank_vector(e.title, e.summary),
                word_vector(e.title, e.summary, e.body),
            ]
        sql = (
            f"WITH v AS (SELECT * FROM (VALUES {', '.join(values)}) AS v(key, "
            "source, object_id, locale, title, summary, body, url, date, facets, "
            "facet_keys, r, b)), "
            "ins AS (INSERT INTO sitesearch_searchentry (key, source, object_id, "
            "locale, title, summary, body, url, date, facets, indexed_at) "
            "SELECT key, source, object_id, locale, title, summary, body, url, "
            "date::date, facets::jsonb, now() FROM v "
            "ON CONFLICT (key) DO NOTHING RETURNING id, key), "
            "w AS MATERIALIZED (SELECT ins.id, v.source, v.locale, v.date::date "
            "AS date, v.facet_keys::text[] AS facet_keys, v.r::tsvector AS r, "
            "v.b::tsvector AS b FROM ins JOIN v ON v.key = ins.key), "
            "pe AS (INSERT INTO sitesearch_pgentry (entry_id, source, locale, date, "
            "facet_keys, rank_vector) "
            "SELECT id, source, locale, date, facet_keys, r FROM w) "
            "INSERT INTO sitesearch_pgtext (entry_id, date, search_vector) "
            "SELECT id, date, b FROM w"
        )
        with connection.cursor() as cur:
            cur.execute(sql, params)

    @contextmanager
    def bulk(self):
        """A rebuild: the GIN indexes are built once at the end, which is far
        faster than updating them row by row."""
        with connection.cursor() as cur:
            for name in PG_INDEXES:
                cur.execute(f"DROP INDEX IF EXISTS {name}")
        try:
            yield
        finally:
            with connection.cursor() as cur:
                for name, definition in PG_INDEXES.items():
                    cur.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")
                # Outside a transaction, VACUUM as well: it sets the hint bits
                # and the visibility map once, instead of leaving that work to
                # the first queries (and to autovacuum running beside them).
                command = (
                    "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
                )
                for table in ("pgentry", "pgtext", "searchentry"):
                    cur.execute(f"{command} sitesearch_{table}")

    def _clear_all(self, cursor):
        cursor.execute(
            "TRUNCATE sitesearch_pgtext, sitesearch_pgentry, "
            "sitesearch_searchfacet, sitesearch_searchentry"
        )

    # Reading -----------------------------------------------------------------

    def _facet_filter(self, name, values):
        return "e.facet_keys && %s::text[]", [[f"{name}:{v}" for v in values]]

    def search(self, query: Query) -> Results:
        """Bounded work per query, as on SQLite (see ``search_with``)."""
        return self.search_with(query, _PostgresQuery)


def _word(word: set[str], weight: str = "") -> str:
    suffix = f":{weight}" if weight else ""
    return "(" + " | ".join(f"{_lexeme(t)}{suffix}" for t in sorted(word)) + ")"


def _tsquery(text: str) -> str:
    return "'" + text.replace("'", "''") + "'::tsquery"


_JOIN_ENTRY = "JOIN sitesearch_pgentry e ON e.entry_id = t.entry_id "


class _PostgresQuery(MatchQuery):
    """The tsquery side of a query: ``sitesearch_pgtext`` (every term) decides
    what matches, ``sitesearch_pgentry`` (title A and summary B) the score."""

    order = "score DESC, date DESC NULLS LAST, id DESC"

    def expression(self, size: int) -> str:
        return " | ".join(
            "(" + " & ".join(_word(w) for w in combo) + ")"
            for combo in self.plan.combinations(size)
        )

    def score(self, *, holds_all=False) -> str:
        parts = []
        for word in self.plan.words:
            cover = (
                str(COVER)
                if holds_all
                else f"CASE WHEN t.search_vector @@ {_tsquery(_word(word))} "
                f"THEN {COVER} ELSE 0 END"
            )
            parts.append(
                f"{cover} + CASE WHEN e.rank_vector @@ {_tsquery(_word(word, 'A'))} "
                f"THEN {TITLE} ELSE 0 END + CASE WHEN e.rank_vector @@ "
                f"{_tsquery(_word(word, 'B'))} THEN {SUMMARY} ELSE 0 END"
            )
        return "(" + " + ".join(parts) + ")"

    def count(self, expr, limit):
        join = _JOIN_ENTRY if self.where else ""
        # With this transaction's settings, in the same round trip: JIT
        # compilation costs more than these short statements take.
        self.cur.execute(
            "SELECT set_config('jit', 'off', true), "  # noqa: S608
            "set_config('work_mem', '32MB', true), (SELECT count(*) FROM "
            f"(SELECT 1 FROM sitesearch_pgtext t {join}WHERE t.search_vector @@ "
            f"%s::tsquery{self.cond} LIMIT %s) s)",
            [expr, *self.fparams, limit],
        )
        return self.cur.fetchone()[2]

    def ranked(self, expr, *, limit, offset=0, title_summary=False, exclude=()):
        holds_all = expr == self.expression(self.plan.n)
        if title_summary:
            source = "sitesearch_pgentry e" + (
                "" if holds_all else " JOIN sitesearch_pgtext t USING (entry_id)"
            )
            match = "e.rank_vector @@ %s::tsquery"
        else:
            source = "sitesearch_pgtext t JOIN sitesearch_pgentry e USING (entry_id)"
            match = "t.search_vector @@ %s::tsquery"
        params = [expr, *self.fparams]
        if exclude:
            match += " AND e.entry_id NOT IN (SELECT unnest(%s::bigint[]))"
            params.append(list(exclude))
        score = self.score(holds_all=holds_all)
        self.cur.execute(
            "SELECT id, score, facet_keys FROM (SELECT e.entry_id AS id, "  # noqa: S608
            f"e.date AS date, e.facet_keys, {score} AS score "
            f"FROM {source} WHERE {match}{self.cond}) r "
            f"ORDER BY {self.order} LIMIT %s OFFSET %s",
            [*params, limit, offset],
        )
        return [(i, float(s), k) for i, s, k in self.cur.fetchall()]

    def newest_rows(self, expr, *, limit, offset=0, exclude=()):
        join = _JOIN_ENTRY if self.where else ""
        params = [expr, *self.fparams]
        extra = ""
        if exclude:
            extra = " AND t.entry_id NOT IN (SELECT unnest(%s::bigint[]))"
            params.append(list(exclude))
        newest = "date DESC NULLS LAST, entry_id DESC"
        # The newest matches first, then their facet keys (joining before the
        # limit would read the whole entry table).
        self.cur.execute(
            "SELECT n.entry_id, 0.0, f.facet_keys FROM (SELECT t.entry_id, "  # noqa: S608
            f"t.date FROM sitesearch_pgtext t {join}WHERE t.search_vector @@ "
            f"%s::tsquery{self.cond}{extra} ORDER BY t.{newest.replace(', ', ', t.')} "
            "LIMIT %s OFFSET %s) n JOIN sitesearch_pgentry f "
            f"ON f.entry_id = n.entry_id ORDER BY n.{newest.replace(', ', ', n.')}",
            [*params, limit, offset],
        )
        return self.cur.fetchall()

    def facets_of(self, expr=None, ids=None):
        if ids is not None:
            where, params = "e.entry_id = ANY(%s)", [list(ids)]
        else:
            where = (
                "e.entry_id IN (SELECT t.entry_id FROM sitesearch_pgtext t "
                "WHERE t.search_vector @@ %s::tsquery)" + self.cond
            )
            params = [expr, *self.fparams]
        self.cur.execute(
            "SELECT k, count(*) FROM sitesearch_pgentry e, "  # noqa: S608
            f"unnest(e.facet_keys) AS k WHERE {where} GROUP BY k",
            params,
        )
        return [(*k.split(":", 1), n) for k, n in self.cur.fetchall()]

    def listing(self, *, limit, offset):
        base = "FROM sitesearch_pgentry e" + (
            f" WHERE {self.where}" if self.where else ""
        )
        newest = "e.date DESC NULLS LAST, e.entry_id DESC"
        self.cur.execute(
            f"SELECT count(*) FROM (SELECT 1 {base} LIMIT %s) s",  # noqa: S608
            [*self.fparams, self.limit + 1],
        )
        n = self.cur.fetchone()[0]
        self.cur.execute(
            f"SELECT e.entry_id, 0.0 {base} ORDER BY {newest} "  # noqa: S608
            "LIMIT %s OFFSET %s",
            [*self.fparams, limit, offset],
        )
        page = self.cur.fetchall()
        self.cur.execute(
            f"SELECT e.entry_id {base} ORDER BY {newest} LIMIT %s",  # noqa: S608
            [*self.fparams, self.limit],
        )
        return n, page, self.facets_of(ids=[r[0] for r in self.cur.fetchall()])
