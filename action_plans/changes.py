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
    """Queue one rebuild for after the current transaction (none if it rolls back).

    The callback queued last is remembered on the connection: while it is still
    waiting there, nothing more is queued; once it ran (or the transaction rolled
    back and dropped it), the next change queues a new one.
    """
    connection = transaction.get_connection()
    pending = getattr(connection, "_action_plans_rebuild", None)
    if pending is not None and any(e[1] is pending for e in connection.run_on_commit):
        return

    def callback() -> None:
        connection._action_plans_rebuild = None
        _rebuild()

    connection._action_plans_rebuild = callback
    transaction.on_commit(callback)
