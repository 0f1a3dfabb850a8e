"""When the module's data changes: empty the page cache and rebuild the open data.

Saves and deletes reach here through ``signals.py``; services that write with
``QuerySet.update`` (no signal) call ``data_changed`` themselves. The rebuild of
the open-data bundles is queued once per transaction, after it commits.
"""

from django.db import transaction

from core.cache import bump


def _rebuild() -> None:
    from .tasks import rebuild_bundles_task

    bump()
    rebuild_bundles_task.enqueue()


def data_changed() -> None:
    """Queue one rebuild for after the current transaction (none if it rolls back)."""
    connection = transaction.get_connection()
    if any(entry[1] is _rebuild for entry in connection.run_on_commit):
        return
    transaction.on_commit(_rebuild)
