"""The steps of a query, the same on SQLite and PostgreSQL (only the SQL differs).

Bounded work per query: matches are counted up to ``limit + 1``. Up to ``limit``,
the total, the ranking (``search.engines.ranking``) and the facet counts are
exact. Beyond, only the best ``limit`` results are gathered and the total is
reported as "more than ``limit``":

- when more than ``limit`` entries hold every word, those with every word in
  their title and summary, ranked, then the newest of the others;
- otherwise every entry holding every word (ranked), then the newest of the
  entries holding enough words.
"""

from ..ranking import Plan


class MatchQuery:
    """One query against one database; subclasses write the SQL."""

    def __init__(self, cur, plan: Plan | None, where: str, fparams: list, limit):
        self.cur, self.plan, self.limit = cur, plan, limit
        self.where, self.fparams = where, fparams
        self.cond = f" AND {where}" if where else ""

    # What each database implements -------------------------------------------

    def expression(self, size: int) -> str:
        """The match expression: at least ``size`` of the words."""
        raise NotImplementedError

    def count(self, expr: str, limit: int) -> int:
        raise NotImplementedError

    def ranked(self, expr, *, limit, offset=0, title_summary=False, exclude=()):
        """``(id, score)`` of the matches, best first."""
        raise NotImplementedError

    def newest_rows(self, expr, *, limit, offset=0, exclude=()):
        raise NotImplementedError

    def facets_of(self, expr=None, ids=None) -> list[tuple[str, str, int]]:
        raise NotImplementedError

    def listing(self, *, limit, offset):
        raise NotImplementedError

    # The steps ----------------------------------------------------------------

    def run(self, *, by_date: bool, page_size: int, offset: int):
        """``(total, is_estimate, page rows, facet rows)``."""
        if self.plan is None:
            n, page, facets = self.listing(limit=page_size, offset=offset)
            return min(n, self.limit), n > self.limit, page, facets
        p, limit = self.plan, self.limit
        all_expr = self.expression(p.n)
        n_all = self.count(all_expr, limit + 1)
        some_expr = all_expr if p.min_match == p.n else self.expression(p.min_match)
        if by_date:
            expr = all_expr if n_all else some_expr
            n = n_all if n_all or expr is all_expr else self.count(expr, limit + 1)
            if n <= limit:
                page = self.newest_rows(expr, limit=page_size, offset=offset)
                return n, False, [r[:2] for r in page], self.facets_of(expr)
            best = self.newest_rows(expr, limit=limit)
            return self._best(best, page_size, offset)
        if n_all > limit:
            best = self.ranked(all_expr, limit=limit, title_summary=True)
            if len(best) < limit:
                best += self.newest_rows(
                    all_expr, limit=limit - len(best), exclude=_ids(best)
                )
            return self._best(best, page_size, offset)
        n = n_all if some_expr is all_expr else self.count(some_expr, limit + 1)
        if n <= limit:
            page = self.ranked(some_expr, limit=page_size, offset=offset)
            return n, False, [r[:2] for r in page], self.facets_of(some_expr)
        # Many entries hold some of the words: those holding every word, ranked,
        # then the newest of the others (ranking them all would read them all).
        best = self.ranked(all_expr, limit=limit) if n_all else []
        best += self.newest_rows(some_expr, limit=limit - len(best), exclude=_ids(best))
        return self._best(best, page_size, offset)

    def _best(self, best, page_size, offset):
        page = [row[:2] for row in best[offset : offset + page_size]]
        if best and len(best[0]) > 2:  # the rows carry their facet keys
            counts: dict[str, int] = {}
            for row in best:
                for key in row[2] or ():
                    counts[key] = counts.get(key, 0) + 1
            facets = [(*k.split(":", 1), n) for k, n in counts.items()]
        else:
            facets = self.facets_of(ids=_ids(best))
        return len(best), True, page, facets


def _ids(rows) -> list[int]:
    return [row[0] for row in rows]
