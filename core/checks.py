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
    """Several processes need one cache: a per-process one is an error.

    The page cache, its invalidations, the rate limits and the idempotency keys
    live in the default cache. In memory, each gunicorn worker (and the task
    worker of TASKS_BACKEND=database) keeps its own: a write seen by one worker
    leaves the others serving stale pages, and each counts attempts on its own.
    Only one web process without a separate task worker (``WEB_CONCURRENCY=1``)
    may keep it.
    """
    import os

    backend = settings.CACHES["default"]["BACKEND"]
    if not backend.endswith("LocMemCache"):
        return []
    single = os.environ.get("WEB_CONCURRENCY", "") == "1"
    if single and settings.TASKS_BACKEND != "database":
        return []
    return [
        checks.Error(
            "The cache is in memory, per process, but several processes may run "
            "(gunicorn workers, the task worker): cached pages would stay stale "
            "and rate limits would multiply.",
            hint="Unset CACHE_BACKEND (the database cache is shared), or set "
            "REDIS_URL; keep CACHE_BACKEND=locmem only with WEB_CONCURRENCY=1 and "
            "tasks run in the web process.",
            id="cms.E002",
        )
    ]
