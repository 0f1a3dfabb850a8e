"""One analysis chain on every engine: the table of variants (``variants.py``)
against the database in use (SQLite, or PostgreSQL with DATABASE_URL), against
the Elasticsearch analysis as defined (``es_simulator``) and, when
ELASTICSEARCH_URL is set, against a real cluster's ``_analyze``."""

import os

import pytest

from search.analysis import analyze
from search.engines import Query
from search.engines.elastic_analysis import analysis_settings
from search.registry import Entry

from . import es_simulator
from .variants import DIFFERENT, SAME

OTHER = "نص لا علاقة له بالموضوع. Un texte sur autre chose."


def entry(oid, text):
    return Entry(
        source="page", object_id=oid, locale="ar", title=text, body="", url="/"
    )


def ids(variants):
    return [f"{kind}: {typed}" for kind, _written, typed in variants]


@pytest.mark.parametrize(("kind", "written", "typed"), SAME, ids=ids(SAME))
def test_the_database_finds_the_text_as_written_with_what_a_reader_types(
    index_entries, kind, written, typed
):
    engine = index_entries(entry("written", written), entry("other", OTHER))
    hits = [h.object_id for h in engine.search(Query(text=typed)).hits]
    assert hits == ["written"], (kind, written, typed, analyze(written))


@pytest.mark.parametrize(("written", "typed"), DIFFERENT)
def test_the_database_keeps_words_of_different_meanings_apart(
    index_entries, written, typed
):
    engine = index_entries(entry("written", written))
    assert engine.search(Query(text=typed)).total == 0


@pytest.mark.parametrize(("kind", "written", "typed"), SAME, ids=ids(SAME))
def test_the_elasticsearch_analyzer_gives_the_terms_of_the_database_engines(
    kind, written, typed
):
    settings = analysis_settings()
    for text in (written, typed):
        assert es_simulator.analyze(settings, "sharaka", text) == analyze(text)


@pytest.mark.parametrize(("written", "typed"), DIFFERENT)
def test_the_elasticsearch_analyzer_keeps_words_of_different_meanings_apart(
    written, typed
):
    settings = analysis_settings()
    held = {
        t for pos in es_simulator.analyze(settings, "sharaka", written) for t in pos
    }
    assert not any(
        set(pos) & held for pos in es_simulator.analyze(settings, "sharaka", typed)
    )


def test_the_elasticsearch_analyzer_folds_every_character_of_the_table():
    from search.analysis import CHAR_MAP

    settings = analysis_settings()
    mappings = settings["char_filter"]["sharaka_fold"]["mappings"]
    assert len(mappings) == len(CHAR_MAP)
    text = " ".join(f"x{k}x" for k in CHAR_MAP)
    assert es_simulator.analyze(settings, "sharaka", text) == analyze(text)


@pytest.mark.elasticsearch
@pytest.mark.skipif(
    not os.environ.get("ELASTICSEARCH_URL"), reason="needs ELASTICSEARCH_URL"
)
def test_a_real_cluster_analyses_the_variants_like_the_database_engines(settings):
    from search.engines.elastic import ElasticsearchEngine

    settings.SEARCH_INDEX_PREFIX = "sharaka-test-variants"
    engine = ElasticsearchEngine(url=os.environ["ELASTICSEARCH_URL"])
    engine.clear()
    try:
        for _kind, written, typed in SAME:
            for text in (written, typed):
                tokens = engine.client.indices.analyze(
                    index=engine.index, analyzer="sharaka", text=text
                )["tokens"]
                positions: dict[int, list[str]] = {}
                for token in tokens:
                    positions.setdefault(token["position"], []).append(token["token"])
                got = [tuple(positions[p]) for p in sorted(positions)]
                assert [set(p) for p in got] == [set(p) for p in analyze(text)], text
    finally:
        engine.client.indices.delete(index=engine.index, ignore_unavailable=True)
