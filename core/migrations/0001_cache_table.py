"""The table of the shared database cache (CACHE_BACKEND=database, the default in
production without REDIS_URL). Creating it is harmless when another cache is set:
``createcachetable`` does nothing then. Run it again after changing CACHE_BACKEND."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias)


class Migration(migrations.Migration):
    dependencies: list = []

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
