"""The search box says what it searches."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_search_label_names_working_groups_and_events(client, homes):
    """The label listed pages, news, documents and consultations only."""
    content = client.get("/en/search/").content.decode()
    label = content.split('<label for="search-q">', 1)[1].split("</label>", 1)[0]
    for kind in ("working groups", "events", "documents", "consultations"):
        assert kind in label
