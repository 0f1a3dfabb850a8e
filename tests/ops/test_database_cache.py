"""The database cache's one-statement writes behave as Django's cache does."""

import time
from types import SimpleNamespace

import pytest

from core.cache import database, rows

pytestmark = pytest.mark.django_db


@pytest.fixture
def cache(settings, monkeypatch):
    yield from _backend(settings, monkeypatch)


def _backend(settings, monkeypatch):
    import importlib

    from django.db import connection

    settings.CACHES = {
        "default": {
            "BACKEND": "core.cache.database.DatabaseCache",
            "LOCATION": "sharaka_cache",
        }
    }
    migration = importlib.import_module("core.migrations.0001_cache_table")
    migration.create_cache_table(None, SimpleNamespace(connection=connection))
    # The table is counted for culling once in CULL_EVERY writes, at random:
    # never here, so that statements are counted exactly (culling has its test).
    monkeypatch.setattr(database, "CULL_EVERY", 10**12)
    backend = database.DatabaseCache("sharaka_cache", {"KEY_PREFIX": "t"})
    backend.clear()
    yield backend
    backend.clear()


def test_set_get_and_replace(cache, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        cache.set("a", {"x": 1}, 60)
    cache.set("a", {"x": 2}, 60)
    assert cache.get("a") == {"x": 2}


def test_add_only_when_absent_or_expired(cache):
    assert cache.add("a", 1, 60) is True
    assert cache.add("a", 2, 60) is False
    assert cache.get("a") == 1
    cache.set("b", 1, 1)
    time.sleep(1.1)
    assert cache.add("b", 2, 60) is True
    assert cache.get("b") == 2


def test_set_many_is_one_statement(cache, django_assert_max_num_queries):
    with django_assert_max_num_queries(1):
        cache.set_many({"a": 1, "b": 2, "c": 3}, None)
    assert cache.get_many(["a", "b", "c"]) == {"a": 1, "b": 2, "c": 3}
    cache.set_many({"b": 20, "d": 4}, 60)
    assert cache.get_many(["a", "b", "d"]) == {"a": 1, "b": 20, "d": 4}


def test_incr_and_expiry(cache):
    cache.set("n", 1, 60)
    assert cache.incr("n") == 2
    cache.set("gone", 1, 1)
    time.sleep(1.1)
    assert cache.get("gone") is None


def test_the_table_is_culled_past_its_size(cache, monkeypatch):
    monkeypatch.setattr(database, "CULL_EVERY", 1)  # count on every write
    cache._max_entries = 10
    cache._cull_frequency = 2
    for n in range(30):
        cache.set(f"k{n}", n, 60)
    assert sum(1 for n in range(30) if cache.get(f"k{n}") is not None) <= 11


def test_a_read_is_one_statement_and_leaves_expired_rows_out(
    cache, django_assert_num_queries
):
    cache.set_many({"live": 1, "token": 2}, 60)
    cache.set("old", 3, 1)
    time.sleep(1.1)
    with django_assert_num_queries(1):
        found = cache.get_many(["live", "token", "old", "absent"])
    assert found == {"live": 1, "token": 2}
    assert cache.get("old", "default") == "default"


def test_incr_keeps_the_expiry_in_two_statements(cache, django_assert_max_num_queries):
    """A rate-limit count of an hour lasts the hour (Django's incr wrote it again
    with the default timeout of five minutes)."""
    from django.db import connection

    cache.set("count", 1, 3600)
    with django_assert_max_num_queries(2):
        assert cache.incr("count") == 2
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT expires FROM sharaka_cache WHERE cache_key = %s",
            [cache.make_key("count")],
        )
        (expires,) = cursor.fetchone()
    if isinstance(expires, str):  # SQLite
        from django.utils.dateparse import parse_datetime

        expires = parse_datetime(expires)
    import datetime

    from django.utils import timezone

    if timezone.is_naive(expires):
        expires = timezone.make_aware(expires, datetime.UTC)
    assert (expires - timezone.now()).total_seconds() > 3000
    with pytest.raises(ValueError):
        cache.incr("missing")


def _postgresql() -> bool:
    from django.db import connection

    return connection.vendor == "postgresql"


@pytest.mark.skipif(not _postgresql(), reason="asynchronous commit is PostgreSQL's")
@pytest.mark.django_db(transaction=True)
def test_a_stored_page_does_not_wait_for_the_disk_but_a_token_does(cache):
    """Outside a transaction, a page or a count is committed asynchronously (a
    crash could only lose a render); a scope token never is, and inside a
    transaction nothing changes how it commits."""
    from django.db import connection, transaction
    from django.test.utils import CaptureQueriesContext

    backend = cache
    with CaptureQueriesContext(connection) as page:
        backend.set("sharaka:page:x", "<html>", 60)
        assert backend.add("sharaka:rl:y", 1, 60) is True
        assert backend.add("sharaka:rl:y", 2, 60) is False
    assert all("synchronous_commit" in q["sql"] for q in page.captured_queries)
    with connection.cursor() as cursor:  # only for the write's own transaction
        cursor.execute("SHOW synchronous_commit")
        assert cursor.fetchone()[0] == "on"
    assert backend.get_many(["sharaka:page:x", "sharaka:rl:y"]) == {
        "sharaka:page:x": "<html>",
        "sharaka:rl:y": 1,
    }
    with CaptureQueriesContext(connection) as token:
        backend.set_many({"sharaka:scope:z": 1, "sharaka:page:x": "<p>"}, None)
        with transaction.atomic():
            backend.set("sharaka:page:w", "<p>", 60)
    assert not any("synchronous_commit" in q["sql"] for q in token.captured_queries)


# --- Scope tokens kept in the process, checked against the clock (PostgreSQL) -------

on_postgresql = pytest.mark.skipif(
    not _postgresql(), reason="the clock is PostgreSQL's"
)


def _tokens(n: int) -> list[str]:
    from core.cache import scopes

    return [scopes.key(f"clock-test-{i}") for i in range(n)]


def _clock() -> str | None:
    from django.db import connection

    from core.cache import clock

    with connection.cursor() as cursor:
        cursor.execute(clock.READ)
        return cursor.fetchone()[1]


@on_postgresql
def test_a_hit_on_kept_tokens_reads_the_clock_alone(cache):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    keys = _tokens(12)
    cache.set_many({key: n for n, key in enumerate(keys)}, None)
    expected = {key: n for n, key in enumerate(keys)}
    assert cache.get_many(keys) == expected  # read with the clock, and kept
    with CaptureQueriesContext(connection) as hit:
        assert cache.get_many(keys) == expected
    [statement] = [q["sql"] for q in hit.captured_queries]
    assert "core_cacheclock" in statement
    assert "sharaka_cache" not in statement
    # Kept tokens and other keys: one statement still.
    cache.set("page", "<html>", 60)
    with CaptureQueriesContext(connection) as mixed:
        assert cache.get_many([*keys, "page"]) == {**expected, "page": "<html>"}
    assert len(mixed.captured_queries) == 1


@on_postgresql
def test_tokens_written_by_another_process_are_read_at_once(cache):
    """Another backend object stands for another process: it shares the
    database, not the tokens this one keeps."""
    other = database.DatabaseCache("sharaka_cache", {"KEY_PREFIX": "t"})
    keys = _tokens(4)
    cache.set_many(dict.fromkeys(keys, 1), None)
    cache.get_many(keys)
    assert cache.get_many(keys) == dict.fromkeys(keys, 1)  # from the kept ones

    other.set_many({keys[0]: 2}, None)
    assert cache.get_many(keys)[keys[0]] == 2
    other.set(keys[1], 3, None)
    assert cache.get_many(keys)[keys[1]] == 3
    other.delete(keys[2])
    assert keys[2] not in cache.get_many(keys)
    assert other.add(keys[2], 4, None) is True
    assert cache.get_many(keys)[keys[2]] == 4
    other.delete_many([keys[3]])
    assert keys[3] not in cache.get_many(keys)
    other.clear()
    assert cache.get_many(keys) == {}


@on_postgresql
def test_tokens_of_a_rolled_back_transaction_are_not_kept(cache):
    from django.db import transaction

    [key] = _tokens(1)
    cache.set(key, 1, None)
    cache.get_many([key])
    with pytest.raises(RuntimeError), transaction.atomic():
        cache.set(key, 2, None)
        assert cache.get_many([key]) == {key: 2}  # kept with the uncommitted clock
        raise RuntimeError
    assert cache.get_many([key]) == {key: 1}


@on_postgresql
def test_an_add_that_writes_nothing_leaves_the_clock_alone(cache):
    [key] = _tokens(1)
    assert cache.add(key, 1, None) is True
    before = _clock()
    assert cache.add(key, 2, None) is False
    assert _clock() == before
    cache.set(key, 3, None)
    assert _clock() != before


@on_postgresql
def test_an_empty_clock_is_never_trusted(cache):
    """A clock emptied (a truncated table) reads the tokens every time, until a
    write gives it a number it never had."""
    from django.db import connection

    [key] = _tokens(1)
    cache.set(key, 1, None)
    cache.get_many([key])
    with connection.cursor() as cursor:  # a token changed behind the clock's back
        cursor.execute("DELETE FROM core_cacheclock")
        cursor.execute(
            "UPDATE sharaka_cache SET value = %s WHERE cache_key = %s",
            [cache._encode(2), cache.make_key(key)],
        )
    assert _clock() is None
    assert cache.get_many([key]) == {key: 2}
    assert cache.get_many([key]) == {key: 2}


@on_postgresql
def test_without_kept_tokens_reads_read_them_and_writes_move_the_clock(cache):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    plain = database.DatabaseCache(
        "sharaka_cache", {"KEY_PREFIX": "t", "OPTIONS": {"MIRROR_SCOPES": False}}
    )
    [key] = _tokens(1)
    cache.set(key, 1, None)
    cache.get_many([key])
    plain.set(key, 2, None)
    assert cache.get_many([key]) == {key: 2}
    with CaptureQueriesContext(connection) as reads:
        assert plain.get_many([key]) == {key: 2}
    assert "core_cacheclock" not in reads.captured_queries[0]["sql"]


@on_postgresql
def test_the_table_compresses_with_lz4_where_the_server_has_it(cache):
    from django.core.management import call_command
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' "
            "AND 'lz4' = ANY(enumvals)"
        )
        if cursor.fetchone() is None:
            pytest.skip("this PostgreSQL was built without lz4")
        cursor.execute(
            "ALTER TABLE sharaka_cache ALTER COLUMN value SET COMPRESSION pglz"
        )
    call_command("createcachetable", verbosity=0)  # the table exists already
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT attcompression FROM pg_attribute "
            "WHERE attrelid = 'sharaka_cache'::regclass AND attname = 'value'"
        )
        assert cursor.fetchone()[0] == "l"
    cache.set("page", "<html>" * 5000, 60)  # compressed, and read back
    assert cache.get("page") == "<html>" * 5000


# --- Answers and fragments written with the next statement (PostgreSQL) -----------


def _in_table(cache, *keys) -> set[str]:
    """Which of ``keys`` another process would find: rows of the table."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT cache_key FROM sharaka_cache WHERE cache_key = ANY(%s)",
            [[cache.make_key(key) for key in keys]],
        )
        return {row[0].split(":", 2)[2] for row in cursor.fetchall()}


def _all_in_table(cache, *keys) -> bool:
    return _in_table(cache, *keys) == set(keys)


def outside_a_transaction(test):
    """PostgreSQL, each statement its own transaction (as a request's reads)."""
    return on_postgresql(pytest.mark.django_db(transaction=True)(test))


@outside_a_transaction
def test_a_page_stored_later_is_written_by_the_next_read(cache):
    """Outside a transaction, a page stored waits for the process's next
    statement and is written by it, in the same round trip; meanwhile this
    process reads it from memory."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as stored:
        cache.set_many_later({"sharaka:page:a": "<html>"}, 60)
    assert stored.captured_queries == []
    assert _in_table(cache, "sharaka:page:a") == set()
    with CaptureQueriesContext(connection) as own:
        assert cache.get("sharaka:page:a") == "<html>"
    assert own.captured_queries == []
    with CaptureQueriesContext(connection) as read:
        assert cache.get_many(["sharaka:page:b"]) == {}
    [statement] = [q["sql"] for q in read.captured_queries]
    assert "INSERT INTO" in statement and "synchronous_commit" in statement
    assert _in_table(cache, "sharaka:page:a") == {"sharaka:page:a"}
    assert cache.get("sharaka:page:a") == "<html>"
    with connection.cursor() as cursor:  # only for that statement's transaction
        cursor.execute("SHOW synchronous_commit")
        assert cursor.fetchone()[0] == "on"


@outside_a_transaction
def test_tokens_and_writes_inside_a_transaction_never_wait(cache):
    from django.db import transaction

    [token] = _tokens(1)
    cache.set_many_later({token: 1}, None)
    assert _in_table(cache, token) == {token}
    with transaction.atomic():
        cache.set_many_later({"sharaka:page:a": "<html>"}, 60)
        assert _in_table(cache, "sharaka:page:a") == {"sharaka:page:a"}


@outside_a_transaction
def test_what_waits_is_written_by_the_next_write_too(cache):
    cache.set_many_later({"sharaka:page:a": 1}, 60)
    cache.set("sharaka:page:b", 2, 60)
    assert _all_in_table(cache, "sharaka:page:a", "sharaka:page:b")
    # ``add`` answers for its own key alone: what waits is left for the next.
    cache.set_many_later({"sharaka:page:c": 3}, 60)
    assert cache.add("sharaka:page:b", 5, 60) is False
    assert cache.get("sharaka:page:c") == 3


@outside_a_transaction
def test_a_deleted_cleared_or_expired_key_is_not_written_later(cache):
    cache.set_many_later({"sharaka:page:a": 1, "sharaka:page:b": 2}, 60)
    cache.delete("sharaka:page:a")
    assert cache.get("sharaka:page:a") is None
    cache.set_many_later({"sharaka:page:gone": 3}, -1)  # expired at once
    assert cache.get("sharaka:page:gone") is None
    cache.get_many(["sharaka:page:other"])
    assert _in_table(cache, "sharaka:page:a", "sharaka:page:b") == {"sharaka:page:b"}
    cache.set_many_later({"sharaka:page:c": 3}, 60)
    cache.clear()
    cache.get_many(["sharaka:page:other"])
    assert _in_table(cache, "sharaka:page:c") == set()


@outside_a_transaction
def test_too_much_waiting_is_written_at_once(cache, monkeypatch):
    monkeypatch.setattr(rows.Later, "MAX_ROWS", 2)
    cache.set_many_later({"sharaka:page:a": 1, "sharaka:page:b": 2}, 60)
    assert _in_table(cache, "sharaka:page:a") == set()
    cache.set_many_later({"sharaka:page:c": 3}, 60)
    assert _all_in_table(cache, "sharaka:page:a", "sharaka:page:c")


@outside_a_transaction
def test_a_write_later_that_fails_never_fails_the_read(cache):
    from datetime import timedelta

    from django.utils import timezone

    cache.set("sharaka:page:b", "<p>", 60)
    expires = timezone.now() + timedelta(minutes=1)
    # Longer than the table's key column: the write is refused.
    cache._later.put([("k" * 300, cache._encode(1), expires)])
    assert cache.get_many(["sharaka:page:b"]) == {"sharaka:page:b": "<p>"}
    assert cache._later.take() == []


# --- Fragments decoded once per process ---------------------------------------------


def test_a_fragment_read_again_as_stored_is_not_decoded_again(cache):
    from wagtail.models import Site

    key = "sharaka:fragment:test:1"
    cache.set(key, {"scopes": {"a": 1}, "value": {"rows": [1, "x"]}}, 60)
    first, second = cache.get(key), cache.get(key)
    assert first == {"scopes": {"a": 1}, "value": {"rows": [1, "x"]}}
    assert first is second
    cache.set(key, {"scopes": {"a": 2}, "value": "<p>"}, 60)
    assert cache.get(key) == {"scopes": {"a": 2}, "value": "<p>"}
    # A model instance is decoded for each read: a request may change its state.
    cache.set(key, {"value": Site(hostname="example.org")}, 60)
    assert cache.get(key) is not cache.get(key)
    # So is everything but fragments (a page is changed by whoever serves it).
    cache.set("sharaka:page:x", {"value": [1]}, 60)
    assert cache.get("sharaka:page:x") is not cache.get("sharaka:page:x")


@on_postgresql
def test_a_fragment_made_with_kept_tokens_is_not_read_again(cache):
    """While the clock reads the same, a fragment this process decoded, made
    with tokens it keeps, is valid without reading it; a token written, or an
    entry past its time, and it is read again."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    [token] = _tokens(1)
    name = "clock-test-0"
    key, other = "sharaka:fragment:test:kept", "sharaka:fragment:test:older"
    entry = {"scopes": {name: 5}, "value": "<p>", "until": time.time() + 60}
    older = {"scopes": {name: 4}, "value": "<p>old", "until": time.time() + 60}
    cache.set(token, 5, None)
    cache.set_many({key: entry, other: older}, 60)
    assert cache.get_many([token, key, other]) == {token: 5, key: entry, other: older}
    with CaptureQueriesContext(connection) as again:
        found = cache.get_many([token, key, other, "sharaka:page:x"])
    assert found == {token: 5, key: entry, other: older}
    [statement] = [q["sql"] for q in again.captured_queries]
    assert cache.make_key(key) not in statement  # made with the kept token
    assert cache.make_key(other) in statement  # made with another one: read
    cache.set(token, 6, None)  # moves the clock
    with CaptureQueriesContext(connection) as moved:
        assert cache.get_many([token, key]) == {token: 6, key: entry}
    assert cache.make_key(key) in moved.captured_queries[-1]["sql"]
    gone = {**entry, "scopes": {name: 6}, "until": time.time() - 1}
    cache.set(key, gone, 60)
    assert cache.get_many([token, key])[key] == gone
    with CaptureQueriesContext(connection) as expired:
        cache.get_many([token, key])
    assert cache.make_key(key) in expired.captured_queries[-1]["sql"]


def _prepared_statements() -> list[str]:
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        return [row[0] for row in cursor.fetchall()]


@outside_a_transaction
def test_the_cache_statements_are_prepared_and_only_they(cache):
    """PostgreSQL plans a read and a stored page once per connection (half its
    work on them); Django's own queries stay unprepared, as Django sets them
    for connection poolers, and ``OPTIONS["PREPARE"] = False`` prepares none."""
    from django.contrib.auth import get_user_model
    from django.db import connection

    cache.set_many_later({"sharaka:page:a": "<html>"}, 60)
    for key in ("b", "c"):
        assert cache.get_many([f"sharaka:page:{key}"]) == {}
    get_user_model().objects.filter(username="x").exists()
    get_user_model().objects.filter(username="x").exists()
    statements = _prepared_statements()
    assert any("INSERT INTO" in s and "synchronous_commit" in s for s in statements)
    assert any(s.startswith('SELECT "cache_key"') for s in statements)
    assert not any("auth_user" in s for s in statements)

    connection.close()
    options = {"KEY_PREFIX": "t", "OPTIONS": {"PREPARE": False}}
    unprepared = database.DatabaseCache("sharaka_cache", options)
    unprepared.set_many_later({"sharaka:page:d": "<html>"}, 60)
    for key in ("a", "d"):
        assert unprepared.get_many([f"sharaka:page:{key}"]) == {
            f"sharaka:page:{key}": "<html>"
        }
    assert _prepared_statements() == []
