"""PostgreSQL: the full search vector moves to a table of its own.

A tsvector of a few hundred words stays inside the row (PostgreSQL only moves
values out of line for rows over about 2 kB), so ``sitesearch_pgentry`` rows were
1.7 kB and ranking or counting a broad query read most of the table. Now
``sitesearch_pgentry`` holds only what ranking, ordering and facets need (about
450 bytes a row, so 100,000 entries stay in shared buffers) with a GIN index on
the small title+summary vector, and ``sitesearch_pgtext`` holds the full vector
(with the date, so that body-only matches can be taken newest first without
another table) and its GIN index, read only to decide whether an entry matches. Nothing on
other databases.
"""

from django.db import migrations

FORWARD = [
    "CREATE TABLE IF NOT EXISTS sitesearch_pgtext ("
    " entry_id bigint PRIMARY KEY REFERENCES sitesearch_searchentry(id)"
    " ON DELETE CASCADE,"
    " date date, search_vector tsvector NOT NULL)",
    "INSERT INTO sitesearch_pgtext (entry_id, date, search_vector) "
    "SELECT entry_id, date, search_vector FROM sitesearch_pgentry "
    "ON CONFLICT (entry_id) DO NOTHING",
    "DROP INDEX IF EXISTS sitesearch_pgentry_vector_gin",
    "ALTER TABLE sitesearch_pgentry DROP COLUMN IF EXISTS search_vector",
    "ALTER TABLE sitesearch_pgentry RESET (toast_tuple_target)",
    # Rewrite the table without the dropped column's bytes.
    "CLUSTER sitesearch_pgentry USING sitesearch_pgentry_pkey",
    "CREATE INDEX IF NOT EXISTS sitesearch_pgtext_vector_gin "
    "ON sitesearch_pgtext USING GIN (search_vector)",
    "CREATE INDEX IF NOT EXISTS sitesearch_pgtext_date "
    "ON sitesearch_pgtext (date DESC NULLS LAST, entry_id DESC)",
    "CREATE INDEX IF NOT EXISTS sitesearch_pgentry_rank_gin "
    "ON sitesearch_pgentry USING GIN (rank_vector)",
    "ANALYZE sitesearch_pgentry",
    "ANALYZE sitesearch_pgtext",
]
BACKWARD = [
    "DROP INDEX IF EXISTS sitesearch_pgentry_rank_gin",
    "ALTER TABLE sitesearch_pgentry ADD COLUMN IF NOT EXISTS search_vector tsvector",
    "UPDATE sitesearch_pgentry e SET search_vector = t.search_vector "
    "FROM sitesearch_pgtext t WHERE t.entry_id = e.entry_id",
    "UPDATE sitesearch_pgentry SET search_vector = rank_vector "
    "WHERE search_vector IS NULL",
    "ALTER TABLE sitesearch_pgentry ALTER COLUMN search_vector SET NOT NULL",
    "ALTER TABLE sitesearch_pgentry ALTER COLUMN search_vector SET STORAGE EXTERNAL",
    "CREATE INDEX IF NOT EXISTS sitesearch_pgentry_vector_gin "
    "ON sitesearch_pgentry USING GIN (search_vector)",
    "DROP TABLE IF EXISTS sitesearch_pgtext",
]


def _run(statements):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor == "postgresql":
            for sql in statements:
                schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0005_pg_inline_rank")]

    operations = [migrations.RunPython(_run(FORWARD), _run(BACKWARD))]
