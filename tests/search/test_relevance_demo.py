"""The relevance set (``relevance.py``) over the demo content, and the ranking
of each database engine against the shared definition (``reference_order``).

Runs on SQLite and, with DATABASE_URL, on PostgreSQL: both must hold the same
figures and give the same order as the reference, hence as each other.
"""

import pytest
from django.db import transaction

from search.engines import Query
from search.engines.ranking import reference_order

from .relevance import NEEDS, evaluate, snapshot_entries

# The bench's queries too: broad words, one to three of them.
QUERIES = [text for text, _answers in NEEDS] + [
    "لجنة الاشراف",
    "الحكومه المنفتحة",
    "المجتمع المدني",
    "الشفافية",
    "الجمعيات",
    "comite de pilotage",
    "transparence",
    "societe civile",
    "gouvernement ouvert",
    "plan d'action",
    "participation citoyenne données",
]


@pytest.fixture
def demo_index(engine):
    entries = snapshot_entries()
    engine.add_many(entries)
    return engine, entries


def test_the_relevance_set_holds_its_figures(demo_index):
    engine, _entries = demo_index
    figures = evaluate(engine)
    assert figures.first >= 0.9, figures.misses
    assert figures.mrr >= 0.93, figures.misses
    assert figures.p_at_3 >= 0.38, figures.misses


@pytest.mark.parametrize("text", QUERIES)
def test_the_engine_ranks_as_the_shared_definition(demo_index, text):
    engine, entries = demo_index
    expected = reference_order(entries, text)[:10]
    hits = engine.search(Query(text=text, page_size=10)).hits
    got = [f"{h.source}:{h.object_id}:{h.locale}" for h in hits]
    assert got == expected


@pytest.fixture(scope="module")
def demo_portal(django_db_setup, django_db_blocker):
    """The demo portal as ``load_demo`` builds it, indexed, then rolled back."""
    from django.core.management import call_command

    from search.services import index_rebuild

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", hostname="testserver", stdout=open("/dev/null", "w"))
        index_rebuild()
        yield
        transaction.set_rollback(True)


@pytest.mark.django_db
def test_the_demo_index_is_the_snapshot_and_holds_the_figures(demo_portal):
    from search.engines.database import DatabaseEngine
    from search.models import SearchEntry

    # Titles, not keys or addresses: ids differ when other tests ran first on
    # PostgreSQL (sequences are not rolled back).
    indexed = sorted(SearchEntry.objects.values_list("source", "locale", "title"))
    snapshot = sorted((e.source, e.locale, e.title) for e in snapshot_entries())
    assert indexed == snapshot, "refresh tests/search/demo_entries.json (bench README)"
    same_ids = set(SearchEntry.objects.values_list("url", flat=True)) == {
        e.url for e in snapshot_entries()
    }
    if not same_ids:
        # The needs name pages by address; with other ids the snapshot's own run
        # (test_the_relevance_set_holds_its_figures) is what holds the figures.
        return
    figures = evaluate(DatabaseEngine())
    assert figures.first >= 0.9, figures.misses
    assert figures.mrr >= 0.93, figures.misses
