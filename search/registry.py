"""The registry of what each app publishes to the public search index.

``search`` imports no app: apps describe their public content with a ``Source`` and
register it from their ``indexing.py`` (imported in their AppConfig.ready). A source
says which records are public and turns one record into zero or more ``Entry``
objects (one per locale, for translatable content). Only public content goes in: a
source's ``entries`` returns nothing for a draft, a private page or an unmoderated
contribution, and the index drops whatever a record no longer yields.
"""

import datetime
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from django.db import models


@dataclass(frozen=True)
class Entry:
    """One searchable thing, in one language."""

    source: str  # the source's name, e.g. "news", "document", "consultation"
    object_id: str  # the record's key within the source
    locale: str  # "ar", "fr" or "en"
    title: str
    body: str  # the searchable text (no personal data)
    url: str
    date: datetime.date | None = None
    summary: str = ""
    # Facet values: {"category": ["guides"], "tags": ["transparence"], ...}
    facets: dict[str, list[str]] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return f"{self.source}:{self.object_id}:{self.locale}"


@dataclass(frozen=True)
class Source:
    name: str
    model: type[models.Model]
    # All records that may yield entries (used by a full rebuild).
    queryset: Callable[[], models.QuerySet]
    # The entries of one record; empty when the record is not public.
    entries: Callable[[models.Model], Iterable[Entry]]
    # Human label of the type, for the facet (translatable).
    label: str = ""
    # Labels of the facet values this source yields: {"category": {value: label}}.
    facet_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    # Other models whose changes alter this source's entries, mapped to the
    # records of ``model`` to reindex, e.g. a comment's contribution.
    related: dict[type[models.Model], Callable[[models.Model], Iterable]] = field(
        default_factory=dict
    )
    # Whether a record may yield entries, from its fields in memory (no query),
    # e.g. a contribution's status. A record created not public was never in the
    # index: it is not read again nor reindexed. A change or a deletion is always
    # reindexed, so that a record that stops being public leaves the index.
    public: Callable[[models.Model], bool] | None = None


_sources: dict[str, Source] = {}


def register(source: Source) -> Source:
    _sources[source.name] = source
    return source


def sources() -> list[Source]:
    return list(_sources.values())


def get_source(name: str) -> Source:
    return _sources[name]


def facet_labels() -> dict[str, dict[str, str]]:
    """Every facet value's label, as the sources declare them, plus the types."""
    labels: dict[str, dict[str, str]] = {
        "type": {s.name: s.label or s.name for s in _sources.values()}
    }
    for src in _sources.values():
        for facet, values in src.facet_labels.items():
            labels.setdefault(facet, {}).update(values)
    return labels
