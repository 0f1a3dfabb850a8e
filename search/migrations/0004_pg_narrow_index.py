"""PostgreSQL: the searchable side of each entry in a narrow table of its own.

Matching and ranking then read small rows (locale, type, date, facet keys and a
small title+summary vector for ranking) instead of the wide entry rows with their
bodies; the full vector is pushed out of line (``toast_tuple_target``) since the
GIN index answers ``@@`` without reading it. Nothing on other databases.
"""

from django.db import migrations

FORWARD = [
    "DROP INDEX IF EXISTS sitesearch_entry_vector_gin",
    "DROP INDEX IF EXISTS sitesearch_entry_facets_gin",
    "ALTER TABLE sitesearch_searchentry DROP COLUMN IF EXISTS search_vector",
    "ALTER TABLE sitesearch_searchentry DROP COLUMN IF EXISTS facet_keys",
    "CREATE TABLE IF NOT EXISTS sitesearch_pgentry ("
    " entry_id bigint PRIMARY KEY REFERENCES sitesearch_searchentry(id)"
    " ON DELETE CASCADE,"
    " source varchar(64) NOT NULL, locale varchar(8) NOT NULL, date date,"
    " facet_keys text[] NOT NULL DEFAULT '{}',"
    " rank_vector tsvector NOT NULL, search_vector tsvector NOT NULL"
    ") WITH (toast_tuple_target = 512)",
    "ALTER TABLE sitesearch_pgentry ALTER COLUMN search_vector SET STORAGE EXTERNAL",
    "CREATE INDEX IF NOT EXISTS sitesearch_pgentry_vector_gin "
    "ON sitesearch_pgentry USING GIN (search_vector)",
    "CREATE INDEX IF NOT EXISTS sitesearch_pgentry_facets_gin "
    "ON sitesearch_pgentry USING GIN (facet_keys)",
    "CREATE INDEX IF NOT EXISTS sitesearch_pgentry_date "
    "ON sitesearch_pgentry (date DESC NULLS LAST, entry_id DESC)",
]
BACKWARD = ["DROP TABLE IF EXISTS sitesearch_pgentry"]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0003_pg_facet_keys")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
