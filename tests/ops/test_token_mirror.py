"""Scope tokens mirrored in each process and kept current by Redis pushes
(``core.cache.mirror``): a token read once is read again without a round trip,
and a write made by any process shows on that process's next read."""

import uuid

import pytest

from core.cache import scopes
from core.cache.mirror import Mirror
from tests.ops.conftest import redis_up

pytestmark = pytest.mark.skipif(not redis_up(), reason="no Redis at 127.0.0.1:6379")

TOKEN = scopes.key("consultation:42")
OTHER = scopes.key("news.newspage")


@pytest.fixture
def two_processes(redis_caches):
    """What two worker processes have: each its own cache object, connections
    and mirror, on one Redis."""
    return redis_caches(), redis_caches()


def mirror_of(cache) -> Mirror:
    return cache._cache.mirror


def test_a_token_read_once_is_then_read_without_a_round_trip(
    two_processes, round_trips
):
    writer, reader = two_processes
    writer.set_many({TOKEN: 1, OTHER: 2, "page": "<html>"}, None)
    assert reader.get_many([TOKEN, OTHER, "page"]) == {
        TOKEN: 1,
        OTHER: 2,
        "page": "<html>",
    }
    round_trips.clear()
    assert reader.get_many([TOKEN, OTHER]) == {TOKEN: 1, OTHER: 2}
    assert round_trips == []
    # Only the keys that are not tokens go to Redis.
    assert reader.get_many([TOKEN, "page"]) == {TOKEN: 1, "page": "<html>"}
    assert round_trips == ["MGET"]


def test_a_write_by_another_process_shows_on_the_next_read(two_processes):
    writer, reader = two_processes
    writer.set_many({TOKEN: 1, OTHER: 2}, None)
    assert reader.get_many([TOKEN, OTHER]) == {TOKEN: 1, OTHER: 2}
    writer.set_many({TOKEN: 3}, None)
    assert reader.get_many([TOKEN, OTHER]) == {TOKEN: 3, OTHER: 2}
    writer.set(TOKEN, 4, None)
    assert reader.get_many([TOKEN]) == {TOKEN: 4}
    writer.delete(TOKEN)
    assert reader.get_many([TOKEN, OTHER]) == {OTHER: 2}
    assert writer.add(TOKEN, 5, None) is True
    assert reader.get_many([TOKEN]) == {TOKEN: 5}
    writer.delete_many([TOKEN, OTHER])
    assert reader.get_many([TOKEN, OTHER]) == {}


def test_a_process_sees_its_own_write_at_once(redis_caches):
    cache = redis_caches()
    cache.set_many({TOKEN: 1}, None)
    assert cache.get_many([TOKEN]) == {TOKEN: 1}
    cache.set_many({TOKEN: 2}, None)
    assert cache.get_many([TOKEN]) == {TOKEN: 2}


def test_the_invalidation_of_the_page_cache_goes_through_the_mirror(
    two_processes, monkeypatch
):
    """``scopes.invalidate`` in one process, the tokens read in another."""
    writer, reader = two_processes
    monkeypatch.setattr(scopes, "cache", writer)
    scopes.invalidate("consultation:42")
    first = reader.get_many([TOKEN])[TOKEN]
    assert reader.get_many([TOKEN]) == {TOKEN: first}
    scopes.invalidate("consultation:42")
    assert reader.get_many([TOKEN])[TOKEN] != first


def test_a_value_read_while_its_key_changed_is_not_kept():
    """Read, then a push about the key arrives before the value is kept: the
    value may be the old one, so it is not kept."""
    mirror = Mirror(connect=None, prefix="p:")
    mirror._ready = lambda: True  # no connection: pushes are applied by hand
    found, since = mirror.read(["p:a", "p:b"])
    assert found == {}
    mirror._on_push([b"invalidate", [b"p:a"]])
    mirror.keep({"p:a": 1, "p:b": 2}, since)
    assert mirror.read(["p:a", "p:b"])[0] == {"p:b": 2}
    # A flush (FLUSHDB) forgets everything, and what was being read too.
    _, since = mirror.read(["p:a"])
    mirror._on_push([b"invalidate", None])
    mirror.keep({"p:a": 1}, since)
    assert mirror.read(["p:a", "p:b"])[0] == {}


def test_a_lost_connection_falls_back_to_redis_and_comes_back(
    two_processes, monkeypatch, round_trips
):
    writer, reader = two_processes
    writer.set_many({TOKEN: 1}, None)
    reader.get_many([TOKEN])
    mirror = mirror_of(reader)
    assert mirror.connected
    mirror._conn._sock.close()  # the connection breaks (Redis restarted, ...)
    writer.set_many({TOKEN: 2}, None)
    round_trips.clear()
    assert reader.get_many([TOKEN]) == {TOKEN: 2}
    assert round_trips == ["MGET"] and not mirror.connected
    assert reader.get_many([TOKEN]) == {TOKEN: 2}  # not trusted yet: Redis again
    assert round_trips == ["MGET", "MGET"]
    monkeypatch.setattr(mirror, "_retry_at", 0.0)
    reader.get_many([TOKEN])
    assert mirror.connected
    round_trips.clear()
    assert reader.get_many([TOKEN]) == {TOKEN: 2}
    assert round_trips == []


def test_an_idle_process_starts_again_from_redis(two_processes, monkeypatch):
    """Pushes not read for a while may not all be in the socket: an idle
    process reconnects and forgets what it mirrored."""
    writer, reader = two_processes
    writer.set_many({TOKEN: 1}, None)
    reader.get_many([TOKEN])
    mirror = mirror_of(reader)
    monkeypatch.setattr(mirror, "_used_at", mirror._used_at - 5)
    assert mirror.read([mirror.prefix + "x"])[0] == {}
    assert mirror._values == {}
    assert mirror.connected


def test_it_can_be_turned_off(redis_caches, round_trips):
    cache = redis_caches(MIRROR_SCOPES=False)
    cache.set_many({TOKEN: 1}, None)
    cache.get_many([TOKEN])
    round_trips.clear()
    assert cache.get_many([TOKEN]) == {TOKEN: 1}
    assert round_trips == ["MGET"]


@pytest.mark.django_db
def test_a_page_served_again_reads_nothing_from_redis(
    client, homes, settings, round_trips
):
    """The whole path: a page stored, copied by the process, then served with
    its tokens from the mirror; a new address in one round trip; an editor's
    change shows on the next request."""
    from django.core.cache import caches

    from core.cache import local
    from tests.ops.conftest import REDIS_TEST_URL

    prefix = f"test-{uuid.uuid4().hex[:8]}"
    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.redis.RedisCache",
            "LOCATION": REDIS_TEST_URL,
            "KEY_PREFIX": prefix,
        }
    }
    settings.PAGE_CACHE_ENABLED = True
    local.clear()
    try:
        client.get("/fr/")  # rendered and stored
        client.get("/fr/")  # read from Redis, copied
        round_trips.clear()
        assert client.get("/fr/")["X-Cache"] == "hit"
        assert round_trips == []
        # A new address: rendered from the parts stored, in one round trip that
        # also stores the answer before it.
        client.get("/fr/?campaign=1")
        round_trips.clear()
        assert client.get("/fr/?campaign=2")["X-Cache"] == "miss"
        assert round_trips == [("MGET", "SET")]
        home = homes["fr"]
        home.title = "Portail du gouvernement ouvert, nouvelle édition"
        home.save_revision().publish()
        answer = client.get("/fr/")
        assert answer["X-Cache"] == "miss"
        assert "nouvelle édition" in answer.content.decode()
    finally:
        client = caches["default"]._cache.get_client(write=True)
        client.delete(*client.scan_iter(f"{prefix}:*", count=1000))
        local.clear()
