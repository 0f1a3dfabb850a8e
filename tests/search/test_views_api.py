import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from search.engines.database import DatabaseEngine
from search.registry import Entry

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(homes):
    engine = DatabaseEngine()
    engine.clear()
    engine.add_many(
        [
            Entry(
                source="page",
                object_id=str(i),
                locale=loc,
                title=title,
                body=body,
                url=f"/{loc}/p{i}/",
                facets={"category": [cat]},
            )
            for i, (loc, title, body, cat) in enumerate(
                [
                    ("ar", "ميثاق لجنة الإشراف", "تتكون اللجنة من ممثلين", "guides"),
                    (
                        "fr",
                        "Charte du comité de pilotage",
                        "Le comité se réunit",
                        "guides",
                    ),
                    ("fr", "Rapport annuel", "Les actions du plan", "studies"),
                ]
            )
        ]
    )
    return engine


def test_search_page_shows_marked_results_and_facets(client, indexed):
    response = client.get("/ar/search/?q=الاشراف")
    html = response.content.decode()
    assert response.status_code == 200
    assert "<mark>الإشراف</mark>" in html
    assert 'name="category"' in html


def test_search_page_without_words_shows_the_form(client, homes):
    response = client.get("/fr/search/")
    assert response.status_code == 200 and 'type="search"' in response.content.decode()


def test_search_page_suggests_when_nothing_matches(client, indexed):
    html = client.get("/fr/search/?q=rapprt").content.decode()
    assert "rapport" in html.lower() and "?q=rapport" in html


def test_api_and_page_take_the_same_parameters(client, indexed):
    data = client.get("/api/search/", {"q": "comite", "locale": "fr"}).json()
    assert data["count"] == 1
    assert data["results"][0]["title"] == "Charte du comité de pilotage"
    assert "<mark>" in data["results"][0]["title_html"]
    data = client.get("/api/search/", {"q": "comite", "locale": "ar"}).json()
    assert data["count"] == 0
    data = client.get("/api/search/", {"q": "rapports", "category": "studies"}).json()
    assert data["count"] == 1
    assert data["facets"]["category"] == [{"value": "studies", "count": 1}]


def test_api_paginates_and_rejects_nothing(client, indexed):
    data = client.get(
        "/api/search/", {"q": "", "page": "x", "page_size": "1000", "sort": "?"}
    ).json()
    assert (
        data["page"] == 1 and data["page_size"] == 100 and data["sort"] == "relevance"
    )


def test_search_page_query_count_does_not_grow_with_the_results(client, indexed):
    def queries_and_hits():
        client.get("/fr/search/?q=comite")  # warm Wagtail's site and locale caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/fr/search/?q=comite")
        assert response.status_code == 200
        return len(queries), response.content.decode().count('class="search-hit"')

    few, hits = queries_and_hits()
    assert hits == 1
    indexed.add_many(
        [
            Entry(
                source="page",
                object_id=f"c{i}",
                locale="fr",
                title=f"Le comité {i}",
                body="",
                url=f"/fr/c{i}/",
            )
            for i in range(11)
        ]
    )
    many, hits = queries_and_hits()
    assert hits == 12
    assert 0 < few == many <= 12, f"{few} queries for 1 result, {many} for 12"
