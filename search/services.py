"""Index writes and queries: the only code that talks to the engine.

Changes reach the index through ``search.signals``, which queue ``reindex_task`` on
commit; the task re-reads the record, so what is indexed is always what the
database holds now (a deleted or unpublished record simply yields no entry).
"""

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, replace

from core.cache import invalidate

from . import registry
from .engines import FACETS, SORTS, Query, Results, get_engine

logger = logging.getLogger(__name__)
MAX_PAGE_SIZE = 100


def entries_of(source: registry.Source, obj) -> list[registry.Entry]:
    try:
        return [e for e in source.entries(obj) if e]
    except Exception:  # a broken record must not break indexing of the rest
        logger.exception("Search: cannot index %s %s", source.name, obj.pk)
        return []


SEARCH_SCOPE = "search"


def index_reindex(*, source: str, object_id: str) -> int:
    """Replace one record's entries; returns how many it now has."""
    src = registry.get_source(source)
    obj = src.queryset().filter(pk=object_id).first()
    entries = entries_of(src, obj) if obj is not None else []
    # The engine writes its own tables: the cached search answers depend on them,
    # unless nothing was there to remove nor to write (a record never public).
    if get_engine().replace(source, str(object_id), entries):
        invalidate(SEARCH_SCOPE)
    return len(entries)


@dataclass
class RebuildSummary:
    sources: dict[str, int]
    seconds: float

    @property
    def total(self) -> int:
        return sum(self.sources.values())


def index_rebuild(
    *,
    sources: list[str] | None = None,
    progress: Callable[[int], None] | None = None,
    batch_size: int = 500,
) -> RebuildSummary:
    """Empty the index and fill it again from every registered source."""
    started = time.monotonic()
    engine = get_engine()
    if sources:
        for name in sources:
            engine.clear(source=name)
    else:
        engine.clear()
    counts: dict[str, int] = {}
    with engine.bulk():
        _fill(engine, counts, sources, progress, batch_size)
    invalidate(SEARCH_SCOPE)
    return RebuildSummary(sources=counts, seconds=time.monotonic() - started)


def _fill(engine, counts, sources, progress, batch_size):
    for src in registry.sources():
        if sources and src.name not in sources:
            continue
        counts[src.name] = 0
        batch: list[registry.Entry] = []
        for obj in src.queryset().iterator(chunk_size=batch_size):
            batch.extend(entries_of(src, obj))
            if progress:
                progress(1)
            if len(batch) >= batch_size:
                engine.add_many(batch)
                counts[src.name] += len(batch)
                batch = []
        engine.add_many(batch)
        counts[src.name] += len(batch)


def parse_query(params, *, locale: str = "") -> Query:
    """A Query from request parameters (the site and the API share it)."""

    def ints(name, default, low, high):
        try:
            return min(high, max(low, int(params.get(name, default))))
        except (TypeError, ValueError):
            return default

    filters = {}
    for name in FACETS:
        if name == "locale":
            continue
        values = params.getlist(name) if hasattr(params, "getlist") else []
        values = [v[:128] for v in values if v][:10]
        if values:
            filters[name] = values
    sort = params.get("sort", "relevance")
    loc = params.get("locale", locale) or ""
    from django.conf import settings

    if loc not in dict(settings.LANGUAGES) and loc != "multi":
        loc = ""
    return Query(
        text=(params.get("q") or "").strip()[:200],
        locale=loc,
        filters=filters,
        sort=sort if sort in SORTS else "relevance",
        page=ints("page", 1, 1, 1000),
        page_size=ints("page_size", 20, 1, MAX_PAGE_SIZE),
    )


def search_run(query: Query, *, tags_locale: str = "") -> Results:
    """Run ``query``. With ``tags_locale`` (the reader's language), the tags facet
    counts only the results in that language.

    A tag is a word of one language, and each language's record carries its own:
    a reader of the French site sees the tags of the French results, never the
    Arabic words of the Arabic ones (nor the tags of results in a language the
    query chose instead of theirs).
    """
    engine = get_engine()
    results = engine.search(query)
    if not tags_locale or query.locale == tags_locale or not results.total:
        return results
    results.facets.pop("tags", None)
    if not query.locale:  # every language's results: count the reader's only
        own = engine.search(replace(query, locale=tags_locale, page=1, page_size=1))
        if own.facets.get("tags"):
            results.facets["tags"] = own.facets["tags"]
    return results
