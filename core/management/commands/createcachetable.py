"""Django's ``createcachetable``, then the table tuned for PostgreSQL.

A stored page is some 20 kB of text, which PostgreSQL compresses before it
stores it. Its default compression (pglz) took about 480 µs of the server's time
to store a page on this machine; lz4 (PostgreSQL 14 and later, when built with
it) about 300, for the same size on disk. The table is tuned whether it was
created now or before (``core.cache.database.tune_table``).
"""

from django.core.cache import caches
from django.core.cache.backends.db import BaseDatabaseCache
from django.core.management.commands import createcachetable
from django.db import connections

from core.cache.database import tune_table


class Command(createcachetable.Command):
    def handle(self, *tablenames, **options):
        super().handle(*tablenames, **options)
        if options["dry_run"]:
            return
        connection = connections[options["database"]]
        tables = tablenames or [
            caches[alias]._table
            for alias in caches
            if isinstance(caches[alias], BaseDatabaseCache)
        ]
        for table in tables:
            tune_table(connection, table)
