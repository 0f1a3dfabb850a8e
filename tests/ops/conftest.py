"""Helpers that start the settings module in a fresh interpreter with a given env."""

import json
import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Variables the settings read; a test starts from none of them, then sets its own.
SETTINGS_VARIABLES = {
    "DEBUG",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DATABASE_URL",
    "REDIS_URL",
    "CACHE_BACKEND",
    "WEB_CONCURRENCY",
    "EMAIL_URL",
    "TASKS_BACKEND",
    "SHARAKA_DEMO",
    "SHARAKA_TESTING",
    "SHARAKA_VAR_DIR",
    "ELASTICSEARCH_URL",
    "SEARCH_ENGINE",
    "PAGE_CACHE_ENABLED",
    "SECURE_SSL_REDIRECT",
    "SECURE_HSTS_SECONDS",
    "TRUSTED_PROXY",
    "DJANGO_SETTINGS_MODULE",
    # Set for Playwright's sake by the browser fixtures; never in a real start-up.
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}
STRONG_KEY = "k3y-" + "Zq8x!pL2@vN5#tR9$wB4%yH7^cM1&dF6*gJ3" * 2


def run_python(code: str, env: dict[str, str], tmp_path: Path, *args: str):
    environment = {
        key: value for key, value in os.environ.items() if key not in SETTINGS_VARIABLES
    }
    environment.update({"SHARAKA_VAR_DIR": str(tmp_path), **env})
    return subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, *(["-c", code] if code else []), *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


READ_SETTINGS = """
import json, os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
from django.conf import settings
names = sys.argv[1:]
print(json.dumps({name: getattr(settings, name, None) for name in names}, default=str))
"""


@pytest.fixture
def read_settings(tmp_path):
    """``read_settings(env, "NAME", ...)``: the settings' values under ``env``."""

    def read(env: dict[str, str], *names: str) -> dict:
        result = run_python(READ_SETTINGS, env, tmp_path, *names)
        assert result.returncode == 0, result.stderr[-2000:]
        return json.loads(result.stdout.strip().splitlines()[-1])

    return read


@pytest.fixture
def start_settings(tmp_path):
    """``start_settings(env)``: the finished process that imported the settings."""

    def start(env: dict[str, str]):
        return run_python(READ_SETTINGS, env, tmp_path, "DEBUG")

    return start


@pytest.fixture
def manage(tmp_path):
    def run(env: dict[str, str], *args: str):
        return run_python("", env, tmp_path, "manage.py", *args)

    return run


@pytest.fixture
def cache_reads(monkeypatch):
    """The keys of each ``get_many`` on the shared cache: one list per round trip."""
    from django.core.cache import cache

    calls = []
    get_many = cache.get_many

    def counted(keys, *args, **kwargs):
        calls.append(list(keys))
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", counted)
    return calls


REDIS_TEST_URL = "redis://127.0.0.1:6379/14"


def redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.fixture
def redis_caches():
    """``redis_caches(**options)``: a new ``core.cache.redis.RedisCache`` on the
    test database, as another process would have it: every one made in a test
    shares the test's own key prefix, whose keys are removed at the end."""
    from core.cache.redis import RedisCache

    prefix = f"test-{uuid.uuid4().hex[:8]}"
    made = []

    def make(**options):
        made.append(
            RedisCache(REDIS_TEST_URL, {"KEY_PREFIX": prefix, "OPTIONS": options})
        )
        return made[-1]

    yield make
    if made:
        client = made[0]._cache.get_client(write=True)
        keys = list(client.scan_iter(f"{prefix}:*", count=1000))
        if keys:
            client.delete(*keys)


@pytest.fixture
def round_trips(monkeypatch):
    """The commands and pipelines sent to Redis, one item per round trip."""
    import redis

    sent = []
    command, pipeline = redis.Redis.execute_command, redis.client.Pipeline.execute

    def one(self, *args, **kwargs):
        sent.append(args[0])
        return command(self, *args, **kwargs)

    def many(self, *args, **kwargs):
        sent.append(tuple(c[0][0] for c in self.command_stack))
        return pipeline(self, *args, **kwargs)

    monkeypatch.setattr(redis.Redis, "execute_command", one)
    monkeypatch.setattr(redis.client.Pipeline, "execute", many)
    return sent
