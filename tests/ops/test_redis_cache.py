"""The Redis cache backend (``core.cache.redis``) against a real Redis server."""

import socket
import uuid

import pytest

from core.cache.redis import RedisCache

URL = "redis://127.0.0.1:6379/14"


def _redis_up() -> bool:
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


pytestmark = pytest.mark.skipif(not _redis_up(), reason="no Redis at 127.0.0.1:6379")


@pytest.fixture
def cache():
    backend = RedisCache(URL, {"KEY_PREFIX": f"test-{uuid.uuid4().hex[:8]}"})
    yield backend
    backend.clear()


def test_it_behaves_as_djangos_redis_cache(cache):
    cache.set("a", {"value": 1}, 30)
    assert cache.add("a", "other") is False
    assert cache.add("b", [2]) is True
    assert cache.get_many(["a", "b", "missing"]) == {"a": {"value": 1}, "b": [2]}
    cache.set_many({"c": 3, "d": 4}, None)
    assert cache.incr("c") == 4
    cache.delete_many(["a", "c"])
    assert cache.get("a") is None and cache.get("d") == 4


def test_one_client_is_kept_per_connection_pool(cache):
    client = cache._cache.get_client()
    assert cache._cache.get_client(write=True) is client
    cache.set("x", 1)
    assert cache._cache.get_client() is client
