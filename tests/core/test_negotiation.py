"""The API answers JSON to a client that accepts anything, at once, and still
negotiates every other ``Accept`` header and ``?format=`` as DRF does."""

from unittest import mock

import pytest

from core.negotiation import ContentNegotiation
from tests.factories import ConsultationFactory

pytestmark = pytest.mark.django_db

PATH = "/api/consultations/?locale=fr"


@pytest.fixture
def consultation(homes):
    return ConsultationFactory(slug="eau", title="L'eau")


@pytest.mark.parametrize("accept", [None, "*/*"])
def test_a_client_that_accepts_anything_gets_json(client, consultation, accept):
    headers = {} if accept is None else {"Accept": accept}
    response = client.get(PATH, headers=headers)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    assert response.json()["results"][0]["slug"] == "eau"


def test_anything_is_answered_without_drf_negotiating(client, consultation):
    drf = ContentNegotiation.__mro__[1]
    with mock.patch.object(drf, "select_renderer") as negotiated:
        client.get(PATH + "&x=1", headers={"Accept": "*/*"})
        client.get(PATH + "&x=2")
    assert negotiated.call_count == 0


def test_other_headers_and_formats_are_negotiated_as_before(client, consultation):
    html = client.get(PATH + "&x=3", headers={"Accept": "text/html"})
    assert html.status_code == 200
    assert html["Content-Type"].startswith("text/html")
    forced = client.get(PATH + "&format=json&x=4", headers={"Accept": "*/*"})
    assert forced["Content-Type"] == "application/json"
    browsable = client.get(PATH + "&format=api&x=5", headers={"Accept": "*/*"})
    assert browsable["Content-Type"].startswith("text/html")
    refused = client.get(PATH + "&x=6", headers={"Accept": "application/xml"})
    assert refused.status_code == 406
    empty = client.get(PATH + "&x=7", headers={"Accept": ""})
    assert empty.status_code == 406  # as DRF: an empty header accepts nothing
