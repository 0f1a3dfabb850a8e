"""Background work of the search: keep the index current, one record at a time."""

from django_tasks import task


@task()
def reindex_task(source: str, object_id: str) -> int:
    """Re-read one record and make the index hold exactly its public entries."""
    from .services import index_reindex

    return index_reindex(source=source, object_id=object_id)
