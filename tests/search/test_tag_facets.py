"""The tags facet lists the tags of the results in the reader's language (issue
13): a tag is a word of one language, carried by that language's entry."""

import pytest

from search.engines import Query
from search.registry import Entry
from search.services import search_run

pytestmark = pytest.mark.django_db


def entry(oid, locale, tags, source="news"):
    return Entry(
        source=source,
        object_id=str(oid),
        locale=locale,
        title=f"Budget {oid}",
        body="",
        url=f"/{locale}/{oid}/",
        facets={"tags": tags},
    )


@pytest.fixture
def translated(index_entries, settings):
    settings.SEARCH_ENGINE = "database"
    return index_entries(
        entry(1, "ar", ["الميزانية المفتوحة"]),
        entry(1, "fr", ["budget ouvert"]),
        entry(1, "en", ["open budget"]),
        entry(2, "fr", ["budget ouvert", "transparence"]),
    )


def tags(results):
    return dict(results.facets.get("tags", []))


def test_the_tags_facet_counts_the_reader_s_language_only(translated):
    results = search_run(Query(text="budget"), tags_locale="fr")
    assert results.total == 4  # every language's results are still found
    assert tags(results) == {"budget ouvert": 2, "transparence": 1}
    arabic = search_run(Query(text="budget"), tags_locale="ar")
    assert tags(arabic) == {"الميزانية المفتوحة": 1}


def test_without_a_reader_language_every_tag_is_counted(translated):
    """The API, which has no reader's language, is unchanged."""
    assert len(tags(search_run(Query(text="budget")))) == 4


def test_results_in_another_language_than_the_reader_s_list_no_tag(translated):
    assert tags(search_run(Query(text="budget", locale="ar"), tags_locale="fr")) == {}
    own = search_run(Query(text="budget", locale="fr"), tags_locale="fr")
    assert tags(own) == {"budget ouvert": 2, "transparence": 1}


def test_the_search_page_offers_the_reader_s_tags(client, homes, translated):
    french = client.get("/fr/search/", {"q": "budget"}).content.decode()
    arabic = client.get("/ar/search/", {"q": "budget"}).content.decode()
    assert 'name="tags" value="budget ouvert"' in french
    assert "الميزانية المفتوحة" not in french and "open budget" not in french
    assert 'name="tags" value="الميزانية المفتوحة"' in arabic
    assert "budget ouvert" not in arabic
    # A tag chosen on the French page filters the results of every language.
    html = client.get("/fr/search/", {"tags": "budget ouvert"}).content.decode()
    assert html.count('class="search-hit"') == 2
