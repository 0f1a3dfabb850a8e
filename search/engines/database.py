"""The database engine: SQLite FTS5 in the embedded mode, PostgreSQL full text else.

Both share the entry and facet tables (``search.models``) and the filtering,
paging and facet counting; they differ only in how a query matches and ranks:

- SQLite: the entry's terms, analysed in Python (``search.text.terms``), are kept
  in the ``sitesearch_fts`` FTS5 table and ranked with ``bm25`` (title weighs most).
- PostgreSQL: Python folds the Arabic and French text the same way, then the
  per-locale configurations stem it into a weighted ``tsvector`` (GIN index);
  ranking by ``ts_rank`` on a small title+summary vector.
"""

import difflib
import json
from contextlib import contextmanager

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Max

from ..models import SearchEntry, SearchFacet
from ..registry import Entry
from ..text import is_arabic, latin_locale, query_terms, split_scripts, terms, words
from .base import Engine, Hit, Query, Results, facet_rows, highlight

PG_CONFIG = {"fr": "sharaka_fr", "en": "sharaka_en"}
BATCH = 500


def exact_limit() -> int:
    """How many matches a query counts exactly (``SEARCH_EXACT_LIMIT``); above,
    the total is reported as "more than" this and facets are counted over the
    best results only, so that a query's work stays bounded."""
    from django.conf import settings

    return max(1, int(getattr(settings, "SEARCH_EXACT_LIMIT", 1000)))


class DatabaseEngine(Engine):
    name = "database"

    def __init__(self):
        self.vendor = connection.vendor
        if self.vendor not in ("sqlite", "postgresql"):
            raise RuntimeError(
                "The database search engine needs SQLite or PostgreSQL; "
                "set SEARCH_ENGINE=elasticsearch for other databases."
            )

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

    def _delete_ids(self, ids):
        if not ids:
            return
        ids = list(ids)
        if self.vendor == "sqlite":
            with connection.cursor() as cur:
                for i in range(0, len(ids), BATCH):
                    chunk = ids[i : i + BATCH]
                    marks = ",".join("%s" for _ in chunk)
                    cur.execute(
                        f"DELETE FROM sitesearch_fts WHERE rowid IN ({marks})",  # noqa: S608
                        chunk,
                    )
        SearchEntry.objects.filter(id__in=ids).delete()

    def add_many(self, entries):
        entries = list(entries)
        for i in range(0, len(entries), BATCH):
            self._add_batch(entries[i : i + BATCH])

    def _add_batch(self, entries: list[Entry]):
        if self.vendor == "postgresql":
            return self._add_batch_pg(entries)
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
            self._write_fts(rows, entries)

    def _write_fts(self, rows, entries):
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

    def _add_batch_pg(self, entries: list[Entry]):
        """One statement per batch: the entry rows, and their searchable side in
        ``sitesearch_pgentry`` with vectors computed by PostgreSQL from the text
        Python has folded (Arabic) and the locale's configuration."""
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

        def vec(field, weight):
            return (
                f"setweight(to_tsvector('sharaka_ar', v.{field}_ar) || "
                f"to_tsvector(v.cfg::regconfig, v.{field}_lat), '{weight}')"
            )

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
            f"AS date, v.facet_keys::text[] AS facet_keys, {vec('t', 'A')} || "
            f"{vec('s', 'B')} AS r, {vec('b', 'C')} AS b "
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

    PG_INDEXES = {
        "sitesearch_pgtext_vector_gin": "sitesearch_pgtext USING GIN (search_vector)",
        "sitesearch_pgentry_rank_gin": "sitesearch_pgentry USING GIN (rank_vector)",
        "sitesearch_pgentry_facets_gin": "sitesearch_pgentry USING GIN (facet_keys)",
    }

    @contextmanager
    def bulk(self):
        """A rebuild: PostgreSQL builds its GIN indexes once at the end, which is
        far faster than updating them row by row."""
        if self.vendor != "postgresql":
            yield
            return
        with connection.cursor() as cur:
            for name in self.PG_INDEXES:
                cur.execute(f"DROP INDEX IF EXISTS {name}")
        try:
            yield
        finally:
            with connection.cursor() as cur:
                for name, definition in self.PG_INDEXES.items():
                    cur.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {definition}")
                # Outside a transaction, VACUUM as well: it sets the hint bits
                # and the visibility map once, instead of leaving that work to
                # the first queries (and to autovacuum running beside them).
                command = (
                    "ANALYZE" if connection.in_atomic_block else "VACUUM (ANALYZE)"
                )
                for table in ("pgentry", "pgtext", "searchentry"):
                    cur.execute(f"{command} sitesearch_{table}")

    def clear(self, source: str | None = None):
        if source:
            with transaction.atomic():
                ids = SearchEntry.objects.filter(source=source).values_list(
                    "id", flat=True
                )
                self._delete_ids(set(ids))
            return
        with transaction.atomic():
            with connection.cursor() as cur:
                if self.vendor == "sqlite":
                    cur.execute("DELETE FROM sitesearch_fts")
                    cur.execute("DELETE FROM sitesearch_searchfacet")
                    cur.execute("DELETE FROM sitesearch_searchentry")
                else:
                    cur.execute(
                        "TRUNCATE sitesearch_pgtext, sitesearch_pgentry, "
                        "sitesearch_searchfacet, "
                        "sitesearch_searchentry"
                    )

    def count(self):
        return SearchEntry.objects.count()

    # Reading -----------------------------------------------------------------

    def _filters(self, query: Query) -> tuple[str, list]:
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
            if self.vendor == "postgresql":
                sql.append("e.facet_keys && %s::text[]")
                params.append([f"{name}:{v}" for v in values])
                continue
            marks = ",".join("%s" for _ in values)
            sql.append(
                "e.id IN (SELECT entry_id FROM sitesearch_searchfacet "
                f"WHERE name = %s AND value IN ({marks}))"
            )
            params += [name, *values]
        return " AND ".join(sql), params

    def _fts_expression(self, query: Query) -> str | None:
        """SQLite: the FTS5 query (every word, any of its analysed forms)."""
        locales = [query.locale] if query.locale else ["fr", "en"]
        options = query_terms(query.text, [latin_locale(x) for x in locales])
        if not options:
            return None
        return " AND ".join(
            "(" + " OR ".join(f'"{t}"' for t in sorted(opts)) + ")" for opts in options
        )

    def _pg_tsquery(self, query: Query) -> tuple[str, list] | None:
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
        results = Results(query=query)
        if self.vendor == "postgresql":
            return self._search_pg(query, results)
        return self._search_sqlite(query, results)

    # SQLite -------------------------------------------------------------------

    def _search_sqlite(self, query: Query, results: Results) -> Results:
        """Bounded work per query, as on PostgreSQL (see ``_search_pg``).

        Up to ``limit`` matches: exact total, ``bm25`` ranking and facet counts.
        Beyond: the best ``limit`` results — entries whose title and summary
        hold every word (an FTS5 column filter, so ``bm25`` is computed for those
        only), then body-only matches newest first — with the total reported as
        "more than ``limit``" and facets counted over those results.
        """
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
            for name in facets:
                facets[name].sort(key=lambda x: (-x[1], x[0]))
        results.total, results.facets = n, facets
        results.total_is_estimate = estimate
        return self._finish(results, query, page)

    # PostgreSQL ---------------------------------------------------------------

    def _search_pg(self, query: Query, results: Results) -> Results:
        """Bounded work per query.

        A first statement counts the matches up to ``limit + 1`` (it stops there).
        Up to ``limit`` matches, one pass over them gives the exact total, the
        ranked page and exact facet counts. Beyond, only the best ``limit``
        results are gathered — entries whose title and summary hold every word,
        ranked (GIN index on the small vector), then body-only matches newest
        first (or the newest matches for a sort by date) — and the total
        ("more than ``limit``"), the pages and the facet counts are over those.
        """
        where, fparams = self._filters(query)
        cond = f" AND {where}" if where else ""
        limit = max(exact_limit(), query.page_size)
        text = bool(query.text.strip())
        by_date = query.sort == "date" or not text
        if text:
            tsq = self._pg_tsquery(query)
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
            total, page, facet_rows_ = cur.fetchone()
        if isinstance(page, str):
            page, facet_rows_ = json.loads(page), json.loads(facet_rows_)
        facets: dict[str, list[tuple[str, int]]] = {}
        for key, count in facet_rows_:
            name, _sep, value = key.partition(":")
            facets.setdefault(name, []).append((value, count))
        for name in facets:
            facets[name].sort(key=lambda x: (-x[1], x[0]))
        results.total, results.facets = total, facets
        results.total_is_estimate = n > limit
        return self._finish(results, query, [tuple(row) for row in page])

    def _finish(self, results, query, page):
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
