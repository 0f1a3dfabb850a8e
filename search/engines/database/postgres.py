"""PostgreSQL: Python folds the Arabic and French text (``search.text``), the
per-locale configurations stem it into ``tsvector`` columns with GIN indexes:
``sitesearch_pgtext`` for matching, ``sitesearch_pgentry`` (title and summary,
weighted) for ranking with ``ts_rank`` and for the facet keys."""

import json
from contextlib import contextmanager

from django.db import connection, transaction

from ...registry import Entry
from ...text import is_arabic, latin_locale, query_terms, split_scripts, words
from ..base import Query, Results, facet_rows
from .base import DatabaseEngine, exact_limit, sort_facets

PG_CONFIG = {"fr": "sharaka_fr", "en": "sharaka_en"}
# Built once at the end of a rebuild (``bulk``), far faster than row by row.
PG_INDEXES = {
    "sitesearch_pgtext_vector_gin": "sitesearch_pgtext USING GIN (search_vector)",
    "sitesearch_pgentry_rank_gin": "sitesearch_pgentry USING GIN (rank_vector)",
    "sitesearch_pgentry_facets_gin": "sitesearch_pgentry USING GIN (facet_keys)",
}


def _vector(field: str, weight: str) -> str:
    """A field's weighted vector: its Arabic part and its Latin part, each with
    its configuration."""
    return (
        f"setweight(to_tsvector('sharaka_ar', v.{field}_ar) || "
        f"to_tsvector(v.cfg::regconfig, v.{field}_lat), '{weight}')"
    )


class PostgresEngine(DatabaseEngine):
    # Writing -----------------------------------------------------------------

    def _add_batch(self, entries: list[Entry]):
        """One statement per batch: the entry rows, and their searchable side in
        ``sitesearch_pgentry`` and ``sitesearch_pgtext`` with vectors computed by
        PostgreSQL from the text Python has folded and the locale's configuration.
        (The full-text rows go with their entry: ON DELETE CASCADE.)"""
        values, params = [], []
        for e in entries:
            values.append("(" + ", ".join(["%s"] * 18) + ")")
            parts = [split_scripts(t) for t in (e.title, e.summary, e.body)]
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
                PG_CONFIG.get(e.locale, "sharaka_fr"),
            ]
            params += [p for pair in parts for p in pair]
        sql = (
            f"WITH v AS (SELECT * FROM (VALUES {', '.join(values)}) AS v(key, "
            "source, object_id, locale, title, summary, body, url, date, facets, "
            "facet_keys, cfg, t_ar, t_lat, s_ar, s_lat, b_ar, b_lat)), "
            "ins AS (INSERT INTO sitesearch_searchentry (key, source, object_id, "
            "locale, title, summary, body, url, date, facets, indexed_at) "
            "SELECT key, source, object_id, locale, title, summary, body, url, "
            "date::date, facets::jsonb, now() FROM v "
            "ON CONFLICT (key) DO NOTHING RETURNING id, key), "
            # Each vector computed once: title+summary for ranking, plus the
            # body for matching.
            "w AS MATERIALIZED (SELECT ins.id, v.source, v.locale, v.date::date "
            f"AS date, v.facet_keys::text[] AS facet_keys, {_vector('t', 'A')} || "
            f"{_vector('s', 'B')} AS r, {_vector('b', 'C')} AS b "
            "FROM ins JOIN v ON v.key = ins.key), "
            "pe AS (INSERT INTO sitesearch_pgentry (entry_id, source, locale, date, "
            "facet_keys, rank_vector) "
            "SELECT id, source, locale, date, facet_keys, r FROM w) "
            "INSERT INTO sitesearch_pgtext (entry_id, date, search_vector) "
            # Matching needs only the words: no positions nor weights.
            "SELECT id, date, strip(r || b) FROM w"
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

    def _tsquery(self, query: Query) -> tuple[str, list] | None:
        """The query's words as one ``tsquery`` expression, or None if none is left.

        The Latin words as French or as English (stop words differ): one tsquery,
        so the GIN indexes answer it exactly, without a recheck.
        """
        locales = [query.locale] if query.locale else ["fr", "en"]
        if not query_terms(query.text, [latin_locale(x) for x in locales]):
            return None
        ar = " ".join(w for w in words(query.text) if is_arabic(w))
        lat = " ".join(w for w in words(query.text) if not is_arabic(w))
        ar_text, _ = split_scripts(ar)
        _, lat_text = split_scripts(lat)
        configs = [PG_CONFIG.get(x, "sharaka_fr") for x in locales]
        configs = sorted(set(configs)) or ["sharaka_fr"]
        if not lat_text.strip():
            configs = configs[:1]  # Arabic words only: one branch is enough
        tsquery = " || ".join(
            f"(plainto_tsquery('sharaka_ar', %s) && plainto_tsquery('{cfg}', %s))"
            for cfg in configs
        )
        return tsquery, [ar_text, lat_text] * len(configs)

    def search(self, query: Query) -> Results:
        """Bounded work per query.

        A first statement counts the matches up to ``limit + 1`` (it stops there).
        Up to ``limit`` matches, one pass over them gives the exact total, the
        ranked page and exact facet counts. Beyond, only the best ``limit``
        results are gathered — entries whose title and summary hold every word,
        ranked (GIN index on the small vector), then body-only matches newest
        first (or the newest matches for a sort by date) — and the total
        ("more than ``limit``"), the pages and the facet counts are over those.
        """
        results = Results(query=query)
        where, fparams = self._filters(query)
        cond = f" AND {where}" if where else ""
        limit = max(exact_limit(), query.page_size)
        text = bool(query.text.strip())
        by_date = query.sort == "date" or not text
        if text:
            tsq = self._tsquery(query)
            if tsq is None:
                results.suggestions = self.suggest(query)
                return results
            qsql, qparams = f"SELECT ({tsq[0]})::text AS t", tsq[1]
            probe = (
                "SELECT 1 FROM sitesearch_pgtext t "
                + (
                    "JOIN sitesearch_pgentry e ON e.entry_id = t.entry_id "
                    if where
                    else ""
                )
                + f"WHERE t.search_vector @@ q.t::tsquery{cond}"
            )
            matching = (
                "FROM sitesearch_pgentry e JOIN sitesearch_pgtext t "
                "ON t.entry_id = e.entry_id "
                f"WHERE t.search_vector @@ %s::tsquery{cond}"
            )
            # ts_rank on the small title+summary vector (ts_rank_cd cost twice
            # as much); entries without every word there (body-only matches)
            # score 0 and follow, newest first.
            score = (
                "CASE WHEN e.rank_vector @@ %s::tsquery "
                "THEN ts_rank(e.rank_vector, %s::tsquery) ELSE 0 END"
            )
        else:
            qsql, qparams = "SELECT NULL::text AS t", []
            matching = "FROM sitesearch_pgentry e" + (
                f" WHERE {where}" if where else ""
            )
            probe, score = f"SELECT 1 {matching}", "0.0::real"
        columns = (
            f"e.entry_id AS id, {score} AS score, e.date AS date, "
            "e.facet_keys AS facet_keys"
        )
        with transaction.atomic(), connection.cursor() as cur:
            # One round trip: settings for this transaction (JIT compilation
            # costs more than these short queries take), the tsquery (passed as
            # a value afterwards, so that the planner sees how selective its
            # words are) and the matches counted up to limit + 1 (the GIN
            # bitmap, then at most limit + 1 rows read).
            cur.execute(
                "SELECT set_config('jit', 'off', true), "  # noqa: S608
                "set_config('work_mem', '32MB', true), q.t, "
                f"(SELECT count(*) FROM ({probe} LIMIT %s) s) FROM ({qsql}) q",
                [*fparams, limit + 1, *qparams],
            )
            _jit, _mem, tsquery, n = cur.fetchone()
            sparams = [tsquery, tsquery] if text else []
            pparams = [tsquery, *fparams] if text else fparams
            if n <= limit:
                m = f"m AS MATERIALIZED (SELECT {columns} {matching})"
                params = [*sparams, *pparams]
                order = "score DESC, date DESC NULLS LAST, id DESC"
            elif by_date:
                m = (
                    f"m AS MATERIALIZED (SELECT {columns} {matching} "
                    "ORDER BY e.date DESC NULLS LAST, e.entry_id DESC LIMIT %s)"
                )
                params = [*sparams, *pparams, limit]
            else:
                rest = (
                    " AND EXISTS (SELECT 1 FROM sitesearch_pgentry e "
                    f"WHERE e.entry_id = t.entry_id{cond})"
                    if where
                    else ""
                )
                m = (
                    "g1 AS MATERIALIZED (SELECT e.entry_id AS id, "
                    "ts_rank(e.rank_vector, %s::tsquery) AS score, e.date AS date, "
                    "e.facet_keys AS facet_keys "
                    "FROM sitesearch_pgentry e "
                    f"WHERE e.rank_vector @@ %s::tsquery{cond} "
                    "ORDER BY score DESC, date DESC NULLS LAST, id DESC LIMIT %s), "
                    "g2 AS (SELECT t.entry_id AS id, t.date AS date "
                    "FROM sitesearch_pgtext t WHERE t.search_vector @@ %s::tsquery "
                    f"AND t.entry_id NOT IN (SELECT id FROM g1){rest} "
                    "ORDER BY t.date DESC NULLS LAST, t.entry_id DESC "
                    "LIMIT %s - (SELECT count(*) FROM g1)), "
                    "m AS MATERIALIZED (SELECT id, score, date, facet_keys, 1 AS grp "
                    "FROM g1 UNION ALL SELECT g2.id, 0.0::real, g2.date, "
                    "e.facet_keys, 2 FROM g2 JOIN sitesearch_pgentry e "
                    "ON e.entry_id = g2.id)"
                )
                params = [tsquery, tsquery, *fparams, limit, tsquery, *fparams, limit]
                order = "grp, score DESC, date DESC NULLS LAST, id DESC"
            if by_date:
                order = "date DESC NULLS LAST, id DESC"
            statement = (
                f"WITH {m}, "  # noqa: S608
                f"p AS (SELECT id, score, row_number() OVER (ORDER BY {order}) AS rn "
                f"FROM m ORDER BY {order} LIMIT %s OFFSET %s), "
                "f AS (SELECT k, count(*) AS n FROM m, unnest(m.facet_keys) AS k "
                "GROUP BY k) "
                "SELECT (SELECT count(*) FROM m), "
                "(SELECT coalesce(json_agg(json_build_array(id, score) ORDER BY rn), "
                "'[]') FROM p), "
                "(SELECT coalesce(json_agg(json_build_array(k, n)), '[]') FROM f)"
            )
            cur.execute(statement, [*params, query.page_size, query.offset])
            total, page, keys = cur.fetchone()
        if isinstance(page, str):
            page, keys = json.loads(page), json.loads(keys)
        facets: dict[str, list[tuple[str, int]]] = {}
        for key, count in keys:
            name, _sep, value = key.partition(":")
            facets.setdefault(name, []).append((value, count))
        sort_facets(facets)
        results.total, results.facets = total, facets
        results.total_is_estimate = n > limit
        return self._finish(results, query, [tuple(row) for row in page])
