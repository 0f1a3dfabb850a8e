"""The database cache's table, when it exists, compresses with lz4 on PostgreSQL
(see ``core.management.commands.createcachetable``)."""

from django.core.cache import caches
from django.core.cache.backends.db import BaseDatabaseCache
from django.db import migrations


def tune(apps, schema_editor):
    from core.cache.database import tune_table

    for alias in caches:
        if isinstance(caches[alias], BaseDatabaseCache):
            tune_table(schema_editor.connection, caches[alias]._table)


class Migration(migrations.Migration):
    dependencies = [("core", "0004_cache_clock")]

    operations = [migrations.RunPython(tune, migrations.RunPython.noop)]
