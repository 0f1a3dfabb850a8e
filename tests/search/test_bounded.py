"""Bounded work per query: beyond SEARCH_EXACT_LIMIT matches the total is a lower
bound, pages and facet counts cover the best results only (SQLite, and PostgreSQL
with DATABASE_URL)."""

import datetime

import pytest

from search.engines import Query
from search.registry import Entry


def fr(oid, title, body="", day=1, source="page", **kw):
    return Entry(
        source=source,
        object_id=str(oid),
        locale="fr",
        title=title,
        body=body,
        url=f"/fr/{oid}/",
        date=datetime.date(2023, 1, day),
        **kw,
    )


def keys(results):
    return [h.object_id for h in results.hits]


@pytest.fixture
def many(index_entries, settings):
    """Three entries with "budget" in the title, nine with it in the body only
    (dated 1 to 9 January), and a limit of five exact matches."""
    settings.SEARCH_EXACT_LIMIT = 5
    return index_entries(
        fr(1, "Budget citoyen", day=20, source="news"),
        fr(2, "Le budget ouvert", day=21, source="news"),
        fr(3, "Budget", day=22, source="news"),
        *[
            fr(10 + d, f"Note {d}", f"Un mot sur le budget {d}", day=d)
            for d in range(1, 10)
        ],
    )


def test_up_to_the_limit_the_total_and_facets_are_exact(index_entries, settings):
    settings.SEARCH_EXACT_LIMIT = 5
    engine = index_entries(*[fr(i, f"Rapport {i}") for i in range(1, 6)])
    results = engine.search(Query(text="rapport"))
    assert results.total == 5 and not results.total_is_estimate
    assert dict(results.facets["type"]) == {"page": 5}


def test_beyond_the_limit_the_total_is_a_lower_bound(many):
    results = many.search(Query(text="budget", page_size=2))
    assert results.total_is_estimate
    assert results.total == 5 and results.pages == 3


def test_beyond_the_limit_title_matches_come_first_then_body_matches_newest_first(
    many,
):
    results = many.search(Query(text="budget", page_size=5))
    assert set(keys(results)[:3]) == {"1", "2", "3"}
    assert keys(results)[3:] == ["19", "18"]


def test_beyond_the_limit_facets_count_the_best_results_only(many):
    results = many.search(Query(text="budget", page_size=5))
    assert dict(results.facets["type"]) == {"news": 3, "page": 2}


def test_pages_stop_at_the_limit(many):
    results = many.search(Query(text="budget", page_size=2, page=4))
    assert results.hits == [] and results.total_is_estimate


def test_sort_by_date_beyond_the_limit_takes_the_newest(many):
    results = many.search(Query(text="budget", sort="date", page_size=5))
    assert keys(results) == ["3", "2", "1", "19", "18"]
    assert results.total_is_estimate


def test_a_filter_that_narrows_the_matches_makes_counts_exact_again(many):
    results = many.search(Query(text="budget", filters={"type": ["news"]}))
    assert results.total == 3 and not results.total_is_estimate
    assert set(keys(results)) == {"1", "2", "3"}


def test_browsing_a_facet_without_words_is_bounded_too(many):
    results = many.search(Query(filters={"type": ["page"]}, page_size=5))
    assert results.total_is_estimate and results.total == 5
    assert keys(results) == ["19", "18", "17", "16", "15"]


def test_a_page_larger_than_the_limit_is_served_whole(many):
    results = many.search(Query(text="budget", page_size=20))
    assert results.total == 12 and not results.total_is_estimate
    assert len(results.hits) == 12


def test_api_and_page_say_when_the_total_is_a_lower_bound(client, homes, many):
    data = client.get("/api/search/", {"q": "budget", "page_size": 2}).json()
    assert data["total_is_estimate"] is True and data["count"] == 5
    exact = client.get("/api/search/", {"q": "citoyen"}).json()
    assert exact["total_is_estimate"] is False and exact["count"] == 1
    response = client.get("/en/search/", {"q": "budget", "page_size": 2})
    assert response.status_code == 200
    assert "More than 5 results" in response.content.decode()
