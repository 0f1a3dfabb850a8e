"""A page not stored yet (a new query string, a signed-in reader) reads the parts
it stored last time (site rows, menu, page body, language links ...) in one round
trip to the cache, and still sees every change made since."""

import pytest

from core.cache import entries

pytestmark = pytest.mark.django_db


@pytest.fixture
def cached(settings):
    settings.PAGE_CACHE_ENABLED = True


def test_a_new_address_of_a_known_page_reads_its_parts_in_one_round_trip(
    client, homes, cached, cache_reads
):
    client.get("/fr/?from=newsletter")
    first = len(cache_reads)
    cache_reads.clear()
    answer = client.get("/fr/?from=another-campaign")
    assert answer["X-Cache"] == "miss"
    # The page's own entry and every part it read last time, together.
    assert len(cache_reads) == 1 < first
    assert any(":fragment:page:" in key for key in cache_reads[0])


def test_a_part_changed_since_is_rendered_again(client, homes, cached):
    client.get("/fr/?one")
    home = homes["fr"]
    home.intro = "Une introduction revue par l'équipe éditoriale."
    home.save_revision().publish()
    answer = client.get("/fr/?two")
    assert "Une introduction revue par l&#x27;équipe éditoriale." in (
        answer.content.decode()
    )


def test_a_batch_reads_in_advance_what_its_family_read_last_time(cache_reads):
    entries.fragment("test-part", lambda: "value", "a")
    with entries.Batch("family-of-test"):  # nothing known of the family yet
        cache_reads.clear()
        assert entries.fragment("test-part", lambda: "other", "a") == "value"
        assert len(cache_reads) == 1
    with entries.Batch("family-of-test"):
        cache_reads.clear()
        assert entries.fragment("test-part", lambda: "other", "a") == "value"
        assert cache_reads == []  # read when the batch began
