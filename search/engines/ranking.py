"""How results are ranked, the same on every engine.

A query's words are analysed (``search.text.query_terms``: stop words out, each
word a set of terms). An entry matches when it holds at least ``min_match`` of
them (half, rounded up: one of two, two of three or four...), so that a natural
question with a word the text lacks still finds it. Each word the entry holds
gives ``COVER`` points (so entries with every word come first, then those with
most words), plus ``TITLE`` if it is in the title and ``SUMMARY`` if it is in the
summary. Equal scores: newest first, then the latest indexed.

``reference_order`` computes this in Python: the tests check that each engine
gives the same order on the same data.
"""

import itertools
from dataclasses import dataclass

from ..text import query_terms, terms

COVER, TITLE, SUMMARY = 1000, 10, 4
MAX_WORDS = 8  # the words of a query that count (the rest are ignored)


@dataclass
class Plan:
    words: list[set[str]]

    @property
    def n(self) -> int:
        return len(self.words)

    @property
    def min_match(self) -> int:
        return (self.n + 1) // 2

    def combinations(self, size: int) -> list[tuple[set[str], ...]]:
        """The sets of ``size`` words an entry may hold to match (all of them
        when ``size`` is the number of words)."""
        return list(itertools.combinations(self.words, size))


def plan(text: str) -> Plan | None:
    words = query_terms(text)[:MAX_WORDS]
    return Plan(words) if words else None


def score(plan: Plan, title: set[str], summary: set[str], body: set[str]) -> int:
    total = 0
    for word in plan.words:
        in_title, in_summary = bool(word & title), bool(word & summary)
        if in_title or in_summary or word & body:
            total += COVER + TITLE * in_title + SUMMARY * in_summary
    return total


def reference_order(entries, text: str) -> list[str]:
    """The keys of the matching entries (``Entry`` objects in the order they
    were indexed), best first."""
    p = plan(text)
    if p is None:
        return []
    ranked = []
    for index, e in enumerate(entries):
        fields = [set(terms(x)) for x in (e.title, e.summary, e.body)]
        held = sum(1 for w in p.words if any(w & f for f in fields))
        if held >= p.min_match:
            date = e.date.toordinal() if e.date else 0
            ranked.append((-score(p, *fields), -date, -index, e.key))
    return [row[-1] for row in sorted(ranked)]
