"""Input that used to break things answers 400 or 404, never a server error:
ids that are not integers, NUL bytes, JSON nested too deeply, offsets past
what a database counts, ids with a fraction."""

import pytest
from rest_framework.test import APIClient

from tests.factories import EventFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient(raise_request_exception=False)


def test_a_detail_route_with_an_id_that_is_not_an_integer_is_not_found(api):
    for pk in ("abc", "1.5", "%00", "99999999999999999999999"):
        for prefix in ("events", "registrations", "documents", "contributions"):
            response = api.get(f"/api/{prefix}/{pk}/")
            assert response.status_code in (400, 404), (prefix, pk)


def test_an_action_on_an_id_that_is_not_an_integer_is_not_found(api, citizen):
    api.force_authenticate(citizen)
    response = api.post("/api/contributions/abc/support/", {}, format="json")
    assert response.status_code == 404


NUL_URLS = [
    "/api/events/?kind=%00",
    "/api/search/?q=%00",
    "/api/v2/pages/?search=%00",
    "/ar/search/?q=%00",
    "/ar/news/%00/",
    "/ar/consultations/a%00b/",
    "/fr/?q=%01",
]


def test_a_nul_byte_in_an_address_or_a_query_is_a_bad_request(api, homes):
    for url in NUL_URLS:
        response = api.get(url)
        assert response.status_code == 400, url
        if url.startswith("/api/"):  # in JSON, as the schema documents
            assert response["Content-Type"] == "application/json", url
            assert response.json()["code"] == "parse_error", url


def test_a_newline_in_a_query_is_still_accepted(api, homes):
    assert api.get("/api/events/?kind=%0A").status_code == 400  # the enum says no
    assert api.get("/ar/search/?q=a%0Ab").status_code == 200


def test_json_nested_thousands_deep_is_a_bad_request(api, citizen):
    api.force_authenticate(citizen)
    for url in ("/api/registrations/", "/api/contributions/", "/api/comments/"):
        body = '{"a":' * 5000 + "1" + "}" * 5000
        response = api.post(url, body, content_type="application/json")
        assert response.status_code == 400, url
        body = "[" * 100 + "]" * 100
        response = api.post(url, body, content_type="application/json")
        assert response.status_code == 400, url


def test_json_with_nan_is_a_bad_request(api, citizen):
    api.force_authenticate(citizen)
    response = api.post(
        "/api/registrations/", '{"event": NaN}', content_type="application/json"
    )
    assert response.status_code == 400


def test_a_wagtail_api_offset_past_bigint_is_a_bad_request(api, homes):
    for name in ("offset", "limit"):
        for endpoint in ("pages", "images", "documents"):
            url = f"/api/v2/{endpoint}/?{name}=99999999999999999999999"
            assert api.get(url).status_code == 400, url


def test_an_event_id_with_a_fraction_or_of_another_type_is_refused(api, citizen, homes):
    event = EventFactory(pk=1)
    api.force_authenticate(citizen)
    for value in (1.5, "1.5", True, "1e0", 99999999999999999999):
        response = api.post("/api/registrations/", {"event": value}, format="json")
        assert response.status_code == 400, value
        assert "event" in response.json()
    assert not event.registrations.exists()


def test_an_integer_event_id_is_still_accepted(api, citizen, homes):
    event = EventFactory()
    api.force_authenticate(citizen)
    response = api.post("/api/registrations/", {"event": event.pk}, format="json")
    assert response.status_code == 201, response.json()


def test_the_calendar_at_the_ends_of_time_and_impossible_dates_answer(api, homes):
    for query in ("year=9999&month=12", "year=10000", "year=0&month=13", "year=1"):
        response = api.get(f"/ar/events/calendar/?{query}")
        assert response.status_code in (200, 400, 404), query
    for value in ("2023-02-30", "9999-12-31", "0001-01-01", "x"):
        assert api.get(f"/api/events/?from={value}").status_code == 400
        assert api.get(f"/ar/events/?from={value}").status_code in (200, 400)
