"""A process keeps a copy of the answers it served from the shared cache and then
reads only their scope tokens; a change made anywhere is still seen on the next
request, and a copy never outlives the stored entry."""

import time

import pytest
from django.core.cache import cache

from core.cache import local

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_ENABLED = True
    local.clear()
    yield
    local.clear()


def test_a_page_served_again_reads_only_its_tokens(client, homes, cached, cache_reads):
    client.get("/fr/")  # rendered and stored
    client.get("/fr/")  # read from the shared cache, copied
    cache_reads.clear()
    again = client.get("/fr/")
    assert again["X-Cache"] == "hit"
    assert len(cache_reads) == 1
    assert all(key.startswith("sharaka:scope:") for key in cache_reads[0])
    assert "<html" in again.content.decode()


def test_a_change_made_by_any_process_is_seen_on_the_next_request(
    client, homes, cached
):
    client.get("/fr/")
    client.get("/fr/")
    home = homes["fr"]
    home.title = "Portail du gouvernement ouvert, nouvelle édition"
    home.save_revision().publish()  # invalidates the shared tokens only
    answer = client.get("/fr/")
    assert answer["X-Cache"] == "miss"
    assert "nouvelle édition" in answer.content.decode()


def test_a_copy_ends_with_its_stored_entry(client, homes, cached, monkeypatch):
    client.get("/fr/")
    client.get("/fr/")
    (key,) = list(local._copies)
    later = local._copies[key].until + 1
    monkeypatch.setattr(local.time, "time", lambda: later)
    assert local.copy_of(key) is None


def test_each_request_gets_its_own_response(client, homes, cached):
    client.get("/fr/")
    client.get("/fr/")
    first = client.get("/fr/")
    first["X-Extra"] = "changed"
    first.set_cookie("mine", "1")
    first.content = b"changed"
    second = client.get("/fr/")
    assert second["X-Cache"] == "hit"
    assert "X-Extra" not in second and "mine" not in second.cookies
    assert b"<html" in second.content
    assert len(second._resource_closers) <= 1  # the handler's own, not the first's


def test_a_copy_lives_as_long_as_the_entry_it_copies(client, homes, cached):
    client.get("/fr/")
    client.get("/fr/")
    ((key, copy),) = local._copies.items()
    assert copy.until == cache.get(key)["until"] > time.time()


def test_a_signed_in_reader_gets_the_copy_with_their_own_menu(
    client, homes, cached, citizen, cache_reads
):
    from django.test import Client

    from tests.ops.test_member_pages import signed_in

    anonymous = Client()
    anonymous.get("/fr/")
    anonymous.get("/fr/")  # copied in this process
    signed_in(client, citizen)
    cache_reads.clear()
    page = client.get("/fr/")
    assert page["X-Cache"] == "member"
    assert "logout-button" in page.content.decode()
    # The copy's tokens and the session together; the stored page is not read.
    assert not any(key.startswith("sharaka:page:") for key in cache_reads[0])
    home = homes["fr"]
    home.title = "Titre revu pour les citoyens"
    home.save_revision().publish()
    assert "Titre revu pour les citoyens" in client.get("/fr/").content.decode()


def test_the_copies_stay_under_their_size(monkeypatch):
    """A page with holes keeps every variant: copies are bounded by bytes too,
    the least recently used going first."""
    from types import SimpleNamespace

    monkeypatch.setattr(local, "MAX_BYTES", 1000)
    local.clear()

    def lookup():
        return SimpleNamespace(value={}, until=time.time() + 60, recorded={})

    try:
        for n in range(5):
            local.keep_value(f"k{n}", lookup(), 240)
        assert list(local._copies) == ["k1", "k2", "k3", "k4"]
        local.keep_value("big", lookup(), 600)  # more than a quarter: not kept
        assert "big" not in local._copies
        local.keep_value("k5", lookup(), 240)
        assert list(local._copies) == ["k2", "k3", "k4", "k5"]
        assert local._size == 960
    finally:
        local.clear()
