"""The full-text structures of the database engine, for the database in use.

SQLite: an FTS5 virtual table (rowid = entry id) holding the analysed terms.
PostgreSQL: text-search configurations per locale (``sharaka_ar`` from ``arabic``,
``sharaka_fr`` = ``french`` with ``unaccent``, ``sharaka_en`` = ``english`` with
``unaccent``), a weighted ``tsvector`` column and its GIN index. Other databases get
nothing (and the database engine refuses to run on them).
"""

from django.db import migrations

PG_FORWARD = [
    "CREATE EXTENSION IF NOT EXISTS unaccent",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS sharaka_ar",
    "CREATE TEXT SEARCH CONFIGURATION sharaka_ar (COPY = arabic)",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS sharaka_fr",
    "CREATE TEXT SEARCH CONFIGURATION sharaka_fr (COPY = french)",
    "ALTER TEXT SEARCH CONFIGURATION sharaka_fr ALTER MAPPING FOR "
    "hword, hword_part, word WITH unaccent, french_stem",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS sharaka_en",
    "CREATE TEXT SEARCH CONFIGURATION sharaka_en (COPY = english)",
    "ALTER TEXT SEARCH CONFIGURATION sharaka_en ALTER MAPPING FOR "
    "hword, hword_part, word WITH unaccent, english_stem",
    "ALTER TABLE sitesearch_searchentry ADD COLUMN IF NOT EXISTS search_vector tsvector",
    "CREATE INDEX IF NOT EXISTS sitesearch_entry_vector_gin "
    "ON sitesearch_searchentry USING GIN (search_vector)",
]
PG_BACKWARD = [
    "DROP INDEX IF EXISTS sitesearch_entry_vector_gin",
    "ALTER TABLE sitesearch_searchentry DROP COLUMN IF EXISTS search_vector",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS sharaka_ar",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS sharaka_fr",
    "DROP TEXT SEARCH CONFIGURATION IF EXISTS sharaka_en",
]
SQLITE_FORWARD = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS sitesearch_fts USING fts5("
    "title, summary, body, tokenize = 'unicode61 remove_diacritics 0')",
]
SQLITE_BACKWARD = ["DROP TABLE IF EXISTS sitesearch_fts"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for sql in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(sql)

    return run


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"postgresql": PG_FORWARD, "sqlite": SQLITE_FORWARD}),
            _run({"postgresql": PG_BACKWARD, "sqlite": SQLITE_BACKWARD}),
        )
    ]
