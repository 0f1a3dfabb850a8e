"""The relevance set over the demo content, on the database given by the
environment (see ``__main__``): the demo's index entries (the snapshot that
``tests/search/test_relevance_demo.py`` checks against ``load_demo``) are
indexed, then every need is searched. Prints one JSON line with the figures."""

import json
import os
import sys


def main():
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection

    from search.engines.database import DatabaseEngine
    from tests.search.relevance import evaluate, snapshot_entries

    call_command("migrate", "sitesearch", verbosity=0)
    engine = DatabaseEngine()
    engine.clear()
    engine.add_many(snapshot_entries())
    figures = evaluate(engine)
    engine.clear()
    return {
        "vendor": connection.vendor,
        "needs": figures.needs,
        "first": round(figures.first, 3),
        "p_at_3": round(figures.p_at_3, 3),
        "mrr": round(figures.mrr, 3),
        "misses": figures.misses,
    }


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
    report = main()
    print(json.dumps(report, ensure_ascii=False))
    sys.exit(0)
