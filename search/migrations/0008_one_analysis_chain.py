"""The index holds the terms of the one analysis chain (``search.analysis``).

SQLite and PostgreSQL now store the same terms, computed in Python; PostgreSQL no
longer stems them with its text-search configurations. The full-text rows of the
entries already indexed are computed again from their stored title, summary and
body (no source is read: ``manage.py search_index --rebuild`` refreshes those,
and drops what is no longer indexed, such as block settings).
"""

from django.db import migrations

BATCH = 500


def reanalyse(apps, schema_editor):
    # The live analysis code on purpose: the index must hold what queries look for.
    from search.engines.database.postgres import rank_vector, word_vector
    from search.text import text_terms

    vendor = schema_editor.connection.vendor
    if vendor not in ("sqlite", "postgresql"):
        return
    with schema_editor.connection.cursor() as cur:
        cur.execute("SELECT id, title, summary, body FROM sitesearch_searchentry")
        rows = cur.fetchall()
        for i in range(0, len(rows), BATCH):
            chunk = rows[i : i + BATCH]
            if vendor == "sqlite":
                cur.executemany(
                    "UPDATE sitesearch_fts SET title = %s, summary = %s, body = %s "
                    "WHERE rowid = %s",
                    [
                        (text_terms(t), text_terms(s), text_terms(b), pk)
                        for pk, t, s, b in chunk
                    ],
                )
            else:
                cur.executemany(
                    "UPDATE sitesearch_pgentry SET rank_vector = %s::tsvector "
                    "WHERE entry_id = %s",
                    [(rank_vector(t, s), pk) for pk, t, s, b in chunk],
                )
                cur.executemany(
                    "UPDATE sitesearch_pgtext SET search_vector = %s::tsvector "
                    "WHERE entry_id = %s",
                    [(word_vector(t, s, b), pk) for pk, t, s, b in chunk],
                )


class Migration(migrations.Migration):
    dependencies = [("sitesearch", "0007_pg_text_stripped")]

    operations = [migrations.RunPython(reanalyse, migrations.RunPython.noop)]
