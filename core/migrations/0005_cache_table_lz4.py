"""The database cache's table, when it exists, compresses with lz4 on PostgreSQL:
``createcachetable`` (core's) tunes a table it finds as well as one it creates."""

from django.core.management import call_command
from django.db import migrations


def tune(apps, schema_editor):
    call_command(
        "createcachetable", database=schema_editor.connection.alias, verbosity=0
    )


class Migration(migrations.Migration):
    dependencies = [("core", "0004_cache_clock")]

    operations = [migrations.RunPython(tune, migrations.RunPython.noop)]
