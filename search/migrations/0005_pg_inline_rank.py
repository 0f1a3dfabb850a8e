"""PostgreSQL: keep the small ranking vector and the facet keys inside the row
(compressed if need be) so that ranking and facet counts never read TOAST."""

from django.db import migrations

FORWARD = [
    "ALTER TABLE sitesearch_pgentry ALTER COLUMN rank_vector SET STORAGE MAIN",
    "ALTER TABLE sitesearch_pgentry ALTER COLUMN facet_keys SET STORAGE MAIN",
    "ALTER TABLE sitesearch_pgentry SET (toast_tuple_target = 256)",
]
BACKWARD = [
    "ALTER TABLE sitesearch_pgentry ALTER COLUMN rank_vector SET STORAGE EXTENDED",
    "ALTER TABLE sitesearch_pgentry ALTER COLUMN facet_keys SET STORAGE EXTENDED",
    "ALTER TABLE sitesearch_pgentry SET (toast_tuple_target = 512)",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0004_pg_narrow_index")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
