"""Text shown in another language than the page's says so (``lang`` and ``dir``)."""

import pytest
from bs4 import BeautifulSoup

from tests.factories import EventFactory
from tests.factories.governance import BodyFactory

pytestmark = pytest.mark.django_db


def _html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_a_french_only_event_on_arabic_pages_is_marked_french_left_to_right(
    client, homes
):
    event = EventFactory(title="Atelier de co-création")
    listing = _html(client, "/ar/events/")
    heading = next(h for h in listing.select("h2") if "Atelier" in h.get_text())
    assert (heading["lang"], heading["dir"]) == ("fr", "ltr")

    detail = _html(client, f"/ar/events/{event.pk}/")
    assert (detail.h1["lang"], detail.h1["dir"]) == ("fr", "ltr")


def test_text_in_the_page_language_carries_no_extra_attributes(client, homes):
    event = EventFactory(title="Atelier de co-création")
    detail = _html(client, f"/fr/events/{event.pk}/")
    assert not detail.h1.has_attr("lang")


def test_an_untranslated_body_in_the_governance_list_is_marked(client, homes):
    BodyFactory(name="Comité de pilotage")
    listing = _html(client, "/ar/governance/bodies/")
    heading = next(h for h in listing.select("h2") if "Comité" in h.get_text())
    assert (heading["lang"], heading["dir"]) == ("fr", "ltr")
