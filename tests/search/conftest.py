import pytest


@pytest.fixture
def engine(db):
    from search.engines.database import DatabaseEngine

    e = DatabaseEngine()
    e.clear()
    return e


@pytest.fixture
def index_entries(engine):
    """Put entries in the index: index_entries(Entry, ...)."""

    def put(*entries):
        engine.add_many(list(entries))
        return engine

    return put
