"""Search engines behind one interface, chosen by ``settings.SEARCH_ENGINE``."""

from django.conf import settings

from .base import FACETS, SORTS, Engine, Hit, Query, Results

__all__ = ["FACETS", "SORTS", "Engine", "Hit", "Query", "Results", "get_engine"]


def get_engine() -> Engine:
    name = getattr(settings, "SEARCH_ENGINE", "database")
    if name == "elasticsearch":
        from .elastic import ElasticsearchEngine

        return ElasticsearchEngine()
    from .database import DatabaseEngine

    return DatabaseEngine()
