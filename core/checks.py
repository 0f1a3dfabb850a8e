"""System checks that keep production settings honest."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def demo_mode_off_in_production(app_configs, **kwargs):
    if not settings.DEBUG and settings.DEMO_MODE:
        return [
            checks.Error("SHARAKA_DEMO must be off when DEBUG is off.", id="cms.E001")
        ]
    return []


@checks.register(checks.Tags.caches, deploy=True)
def shared_cache_for_separate_processes(app_configs, **kwargs):
    """A worker process cannot empty the web process's in-memory cache.

    The page cache and the rate limits live in the default cache. With the
    database task queue, tasks run in `manage.py db_worker`, another process: the
    changes they make would not invalidate the pages cached in memory by the web
    server, and each process would count attempts on its own.
    """
    backend = settings.CACHES["default"]["BACKEND"]
    separate_worker = settings.TASKS_BACKEND == "database"
    if separate_worker and backend.endswith("LocMemCache"):
        return [
            checks.Warning(
                "TASKS_BACKEND=database runs tasks in another process, but the "
                "cache is in memory, per process.",
                hint="Set REDIS_URL so that the web server and the worker share "
                "the cache (cached pages, rate limits).",
                id="cms.W002",
            )
        ]
    return []
