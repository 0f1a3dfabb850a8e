"""The Redis cache backend (``core.cache.redis``) against a real Redis server."""

import time
import uuid

import pytest

from tests.ops.conftest import redis_up

pytestmark = pytest.mark.skipif(not redis_up(), reason="no Redis at 127.0.0.1:6379")


@pytest.fixture
def cache(redis_caches):
    return redis_caches()


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


def test_entries_stored_together_are_one_set_each_in_one_round_trip(cache, round_trips):
    cache.set_many({"page": {"value": 1}, "card": [2]}, 30)
    assert round_trips == [("SET", "SET")]
    assert cache.get_many(["page", "card"]) == {"page": {"value": 1}, "card": [2]}
    client = cache._cache.get_client()
    assert 0 < client.ttl(cache.make_key("page")) <= 30
    assert 0 < client.ttl(cache.make_key("card")) <= 30
    cache.set_many({"token": 7}, None)  # scope tokens: kept for ever
    assert client.ttl(cache.make_key("token")) == -1
    cache.set_many({"page": 1}, 0)  # as Django: a lifetime of 0 deletes
    assert cache.get("page") is None


def test_a_count_is_one_round_trip_and_keeps_the_first_actions_expiry(
    cache, round_trips
):
    assert [cache.count("n", 60) for _ in range(3)] == [1, 2, 3]
    assert len(round_trips) == 3
    assert cache.get("n") == 3
    assert 0 < cache._cache.get_client().ttl(cache.make_key("n")) <= 60


def test_a_rate_limit_and_a_write_throttle_take_one_round_trip_each(
    cache, round_trips, monkeypatch, rf
):
    from django.contrib.auth.models import AnonymousUser

    from core import antiabuse
    from core.throttling import AnonWriteThrottle

    monkeypatch.setattr(antiabuse, "cache", cache)
    monkeypatch.setattr(antiabuse.time, "time", lambda: 1_000_050.0)  # one window
    antiabuse.rate_limit("test", "person", limit=2, period=60)
    assert len(round_trips) == 1
    request = rf.post("/api/comments/")
    request.user = AnonymousUser()
    throttle = AnonWriteThrottle()
    throttle.rate, throttle.num_requests, throttle.duration = "2/min", 2, 60
    throttle.timer = antiabuse.time.time
    assert throttle.allow_request(request, None)
    assert len(round_trips) == 2
    antiabuse.rate_limit("test", "person", limit=2, period=60)
    with pytest.raises(antiabuse.RateLimited):
        antiabuse.rate_limit("test", "person", limit=2, period=60)
    assert throttle.allow_request(request, None)
    assert not throttle.allow_request(request, None)
    assert throttle.wait() == 30


# --- Entries sent with the next read ------------------------------------------------

PAGE, OTHER_PAGE = "sharaka:page:a", "sharaka:page:b"


def test_an_entry_stored_waits_for_the_next_read_and_goes_with_it(
    redis_caches, round_trips
):
    """An answer stored is sent with the client's next read, in the same round
    trip; meanwhile this client reads it from memory, other processes miss it."""
    writer, reader = redis_caches(), redis_caches()
    writer.set_many_later({PAGE: "<html>"}, 60)
    assert writer.get_many([PAGE]) == {PAGE: "<html>"}
    assert round_trips == []
    assert reader.get_many([PAGE]) == {}
    round_trips.clear()
    assert writer.get_many([OTHER_PAGE]) == {}
    assert round_trips == [("MGET", "SET")]
    assert reader.get_many([PAGE]) == {PAGE: "<html>"}
    assert 0 < writer._cache.get_client().ttl(writer.make_key(PAGE)) <= 60


def test_a_write_or_a_delete_drops_what_waits_for_its_key(redis_caches):
    """An older value waiting is never sent after a newer write."""
    cache = redis_caches()
    cache.set_many_later({PAGE: "old", OTHER_PAGE: "b"}, 60)
    cache.set(PAGE, "new", 60)
    cache.delete(OTHER_PAGE)
    assert cache.get_many(["sharaka:page:c"]) == {}  # sends what waits, if any
    assert redis_caches().get_many([PAGE, OTHER_PAGE]) == {PAGE: "new"}


def test_tokens_never_wait_and_too_much_waiting_is_sent_at_once(
    redis_caches, monkeypatch
):
    from core.cache import rows, scopes

    token = scopes.key("consultation:42")
    cache, other = redis_caches(), redis_caches()
    for value, writer in enumerate([cache, redis_caches(MIRROR_SCOPES=False)]):
        writer.set_many_later({token: value}, 60)
        assert other.get_many([token]) == {token: value}
    monkeypatch.setattr(rows.Later, "MAX_ROWS", 1)
    cache.set_many_later({PAGE: 1.5, OTHER_PAGE: [2]}, 60)
    assert other.get_many([PAGE, OTHER_PAGE]) == {PAGE: 1.5, OTHER_PAGE: [2]}


def test_a_fragment_made_with_mirrored_tokens_is_not_read_again(
    redis_caches, round_trips
):
    """A fragment decoded before, made with tokens the mirror holds at the same
    values, is valid without a round trip; once another process writes one of
    them, it is read again. One read again as stored is not decoded again."""
    from core.cache import scopes

    writer, reader = redis_caches(), redis_caches()
    name = f"fragment-test-{uuid.uuid4().hex[:6]}"
    token, key = scopes.key(name), f"sharaka:fragment:test:{name}"
    entry = {"scopes": {name: 5}, "value": {"rows": [1]}, "until": time.time() + 60}
    writer.set(token, 5, None)
    writer.set(key, entry, 60)
    first = reader.get_many([token, key])
    assert first == {token: 5, key: entry}
    round_trips.clear()
    again = reader.get_many([token, key])
    assert round_trips == [] and again[key] is first[key]
    writer.set(token, 6, None)
    round_trips.clear()
    assert reader.get_many([token, key]) == {token: 6, key: entry}
    assert round_trips == ["MGET"]
    assert reader.get_many([key])[key] is first[key]  # as stored: not decoded
