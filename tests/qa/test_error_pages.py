"""Error pages are portal pages too: in the visitor's language and direction, with
the landmarks and the single heading that every other page has."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("path", "language", "direction"),
    [
        ("/ar/no-such-page/", "ar", "rtl"),
        ("/fr/no-such-page/", "fr", "ltr"),
        ("/en/library/999999/", "en", "ltr"),
        ("/fr/events/999999/", "fr", "ltr"),
        ("/ar/working-groups/no-such-group/", "ar", "rtl"),
    ],
)
def test_a_missing_page_answers_404_in_the_language_of_its_address(
    homes, client, path, language, direction
):
    response = client.get(path)
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"].split("-")[0] == language
    assert soup.html["dir"] == direction
    assert len(soup.find_all("h1")) == 1
    assert soup.find("main") is not None


def test_a_missing_page_offers_the_search_and_the_home_page(homes, client):
    soup = BeautifulSoup(client.get("/fr/no-such-page/").content, "html.parser")
    assert soup.find("form", role="search") is not None
    assert soup.find("a", href="/fr/") is not None


@pytest.mark.parametrize(("language", "direction"), [("ar", "rtl"), ("fr", "ltr")])
def test_a_server_error_page_is_in_the_visitors_language(rf, language, direction):
    from django.utils import translation
    from django.views.defaults import server_error

    with translation.override(language):
        response = server_error(rf.get(f"/{language}/"))
    assert response.status_code == 500
    soup = BeautifulSoup(response.content, "html.parser")
    assert (soup.html["lang"], soup.html["dir"]) == (language, direction)
    assert len(soup.find_all("h1")) == 1
    assert soup.find("main") is not None
    assert soup.find("script") is None
