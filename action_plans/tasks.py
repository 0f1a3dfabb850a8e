"""Background work of action plans: rebuilding the open-data bundles."""

from django_tasks import task


@task()
def rebuild_bundles_task() -> list[str]:
    from .opendata import rebuild_all

    return rebuild_all()
