"""A page not stored yet (a new query string, a signed-in reader) reads the parts
it stored last time (site rows, menu, page body, language links ...) in one round
trip to the cache, and still sees every change made since."""

import pytest
from django.core.cache import cache

from core.cache import entries

pytestmark = pytest.mark.django_db


@pytest.fixture
def round_trips(monkeypatch):
    calls = []
    get_many = cache.get_many

    def counted(keys, *args, **kwargs):
        calls.append(list(keys))
        return get_many(keys, *args, **kwargs)

    monkeypatch.setattr(cache, "get_many", counted)
    return calls


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_ENABLED = True


def test_a_new_address_of_a_known_page_reads_its_parts_in_one_round_trip(
    client, homes, cached, round_trips
):
    client.get("/fr/?from=newsletter")
    first = len(round_trips)
    round_trips.clear()
    answer = client.get("/fr/?from=another-campaign")
    assert answer["X-Cache"] == "miss"
    # The page's own entry, then every part it read last time, together.
    assert len(round_trips) == 2 < first
    assert any(":fragment:page:" in key for key in round_trips[1])


def test_a_part_changed_since_is_rendered_again(client, homes, cached):
    client.get("/fr/?one")
    home = homes["fr"]
    home.intro = "Une introduction revue par l'équipe éditoriale."
    home.save_revision().publish()
    answer = client.get("/fr/?two")
    assert "Une introduction revue par l&#x27;équipe éditoriale." in (
        answer.content.decode()
    )


def test_a_batch_reads_in_advance_what_its_family_read_last_time(round_trips):
    entries.fragment("test-part", lambda: "value", "a")
    with entries.Batch("family-of-test"):  # nothing known of the family yet
        round_trips.clear()
        assert entries.fragment("test-part", lambda: "other", "a") == "value"
        assert len(round_trips) == 1
    with entries.Batch("family-of-test"):
        round_trips.clear()
        assert entries.fragment("test-part", lambda: "other", "a") == "value"
        assert round_trips == []  # read when the batch began
