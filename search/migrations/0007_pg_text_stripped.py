"""PostgreSQL: the full search vector keeps only its words (``strip``).

Matching (``@@`` with plain AND/OR queries, answered by the GIN index) needs neither
positions nor weights; ranking uses the small title+summary vector, which keeps
them. Without them the matching table is about half as large, so reading the
newest body-only matches touches half as many pages. Nothing on other databases.
"""

from django.db import migrations

FORWARD = [
    # Rewrites the table (unlike an UPDATE, which would leave it twice as large).
    "ALTER TABLE sitesearch_pgtext ALTER COLUMN search_vector TYPE tsvector "
    "USING strip(search_vector)",
    "ANALYZE sitesearch_pgtext",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0006_pg_text_table")]

    # Backwards there is nothing to undo: a rebuild restores positions if needed.
    operations = [migrations.RunPython(_run(FORWARD), migrations.RunPython.noop)]
