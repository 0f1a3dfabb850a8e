"""PostgreSQL: the facet values of an entry in one array column (``name:value``),
so that one pass over the matching rows yields the total, the page and the facet
counts; with a GIN index for filtering. Nothing on other databases."""

from django.db import migrations

FORWARD = [
    "ALTER TABLE sitesearch_searchentry ADD COLUMN IF NOT EXISTS facet_keys text[] "
    "NOT NULL DEFAULT '{}'",
    "CREATE INDEX IF NOT EXISTS sitesearch_entry_facets_gin "
    "ON sitesearch_searchentry USING GIN (facet_keys)",
]
BACKWARD = [
    "DROP INDEX IF EXISTS sitesearch_entry_facets_gin",
    "ALTER TABLE sitesearch_searchentry DROP COLUMN IF EXISTS facet_keys",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0002_fulltext")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
