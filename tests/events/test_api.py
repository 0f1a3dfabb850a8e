"""The events API: listing with filters, registration, cancellation, own list."""

import datetime

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from events import links, services
from events.models import EventKind, Registration
from tests.factories import EventFactory, UserFactory, WorkingGroupFactory
from tests.fixtures.challenge import with_altcha

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient()


def test_events_list_shows_published_upcoming_events_only(api, homes):
    shown = EventFactory()
    EventFactory(is_published=False)
    EventFactory(
        start=timezone.now() - datetime.timedelta(days=3),
        end=timezone.now() - datetime.timedelta(days=2),
    )
    response = api.get("/api/events/")
    assert response.status_code == 200
    assert [e["id"] for e in response.json()["results"]] == [shown.pk]
    assert response.json()["results"][0]["seats_left"] == shown.capacity


def test_events_are_filtered_by_kind_language_group_and_dates(api, homes):
    group = WorkingGroupFactory()
    training = EventFactory(kind=EventKind.TRAINING, language="fr")
    workshop = EventFactory(
        kind=EventKind.WORKSHOP,
        language="ar",
        working_group=group,
        start=timezone.now() + datetime.timedelta(days=40),
        end=timezone.now() + datetime.timedelta(days=40, hours=2),
    )

    def ids(query):
        response = api.get("/api/events/" + query)
        assert response.status_code == 200, response.content
        return [e["id"] for e in response.json()["results"]]

    assert ids("?kind=training") == [training.pk]
    assert ids("?language=ar") == [workshop.pk]
    assert ids(f"?group={group.slug}") == [workshop.pk]
    later = (timezone.now() + datetime.timedelta(days=30)).date().isoformat()
    assert ids(f"?from={later}") == [workshop.pk]
    assert ids(f"?to={later}") == [training.pk]


@pytest.mark.parametrize(
    "query", ["?kind=party", "?language=xx", "?from=yesterday", "?group=nope"]
)
def test_bad_filters_get_400_with_the_field(api, homes, query):
    response = api.get("/api/events/" + query)
    assert response.status_code == 400
    assert query[1:].split("=")[0] in response.json()


@pytest.mark.parametrize(
    "query",
    [
        "?from=2024-02-30",
        "?to=2024-02-30",
        "?from=2024-13-01T10:00",
        "?to=2024-01-01T25:00",
        "?from=2024-01-01T10:00+99:00",
        "?from=0001-01-01",
        "?to=9999-12-31",
        "?from=9999-12-31T23:59",
    ],
)
def test_impossible_or_out_of_range_dates_get_400_not_500(api, homes, query):
    api.raise_request_exception = False
    response = api.get("/api/events/" + query)
    assert response.status_code == 400
    assert query[1:].split("=")[0] in response.json()


def test_event_list_query_count_is_pinned(api, homes, django_assert_max_num_queries):
    for _ in range(8):
        EventFactory()
    with django_assert_max_num_queries(6):
        response = api.get("/api/events/")
    assert response.status_code == 200
    assert len(response.json()["results"]) == 8


def test_event_detail(api, event):
    response = api.get(f"/api/events/{event.pk}/")
    assert response.status_code == 200
    assert response.json()["text"]["title"] == event.title
    assert response.json()["registration"] == "open"
    assert api.get("/api/events/999999/").status_code == 404


def test_an_account_holder_registers_through_the_api(api, event):
    person = UserFactory()
    api.force_authenticate(person)
    response = api.post(
        "/api/registrations/",
        {"event": event.pk, "organisation": "Asso", "region": "souss_massa"},
        format="json",
    )
    assert response.status_code == 201, response.content
    assert response.json()["status"] == "confirmed"
    assert response.json()["code"]


def test_a_full_event_puts_the_person_on_the_waiting_list_and_says_so(api, event):
    for _ in range(2):
        services.registration_create(event=event, user=UserFactory())
    api.force_authenticate(UserFactory())
    response = api.post(
        "/api/registrations/",
        {"event": event.pk},
        format="json",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert response.status_code == 201
    body = response.json()
    assert body["status"] == "waiting"
    assert body["waiting_position"] == 1
    assert "waiting list" in body["message"]


def test_a_closed_registration_gets_409(api, homes):
    event = EventFactory(
        registration_deadline=timezone.now() - datetime.timedelta(hours=1)
    )
    api.force_authenticate(UserFactory())
    response = api.post("/api/registrations/", {"event": event.pk}, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "registration_closed"


def test_registering_twice_gets_409(api, event):
    api.force_authenticate(UserFactory())
    api.post("/api/registrations/", {"event": event.pk}, format="json")
    response = api.post("/api/registrations/", {"event": event.pk}, format="json")
    assert response.status_code == 409
    assert response.json()["code"] == "already_registered"


def test_bad_input_gets_400_with_field_errors(api, event):
    response = api.post(
        "/api/registrations/",
        with_altcha(api, {"event": "abc", "email": "nope", "region": "atlantis"}),
        format="json",
    )
    assert response.status_code == 400
    assert {"event", "email", "region"} <= set(response.json())


def test_anonymous_registration_needs_name_and_email(api, event):
    response = api.post(
        "/api/registrations/", with_altcha(api, {"event": event.pk}), format="json"
    )
    assert response.status_code == 400
    assert {"name", "email"} <= set(response.json())


def test_anonymous_registration_waits_for_email_confirmation_and_hides_the_code(
    api, event
):
    response = api.post(
        "/api/registrations/",
        with_altcha(
            api, {"event": event.pk, "name": "Salma", "email": "salma@example.org"}
        ),
        format="json",
    )
    assert response.status_code == 201
    assert response.json()["status"] == "unverified"
    assert "code" not in response.json()


def test_an_unpublished_event_cannot_be_registered_for(api, homes):
    event = EventFactory(is_published=False)
    api.force_authenticate(UserFactory())
    response = api.post("/api/registrations/", {"event": event.pk}, format="json")
    assert response.status_code == 404
    assert not Registration.objects.exists()


def test_people_see_and_cancel_only_their_own_registrations(api, event):
    mine = services.registration_create(event=event, user=(me := UserFactory()))
    other = services.registration_create(event=event, user=UserFactory())
    api.force_authenticate(me)
    response = api.get("/api/registrations/")
    assert [r["id"] for r in response.json()["results"]] == [mine.pk]
    assert api.post(f"/api/registrations/{other.pk}/cancel/").status_code == 404
    response = api.post(f"/api/registrations/{mine.pk}/cancel/")
    assert response.status_code == 200
    assert response.json()["status"] == "cancelled"
    assert api.post(f"/api/registrations/{mine.pk}/cancel/").status_code == 409


def test_own_registrations_need_an_account(api):
    assert api.get("/api/registrations/").status_code == 403


def test_an_idempotency_key_replays_the_first_answer(api, event):
    api.force_authenticate(UserFactory())
    headers = {"HTTP_IDEMPOTENCY_KEY": "abc-123"}
    first = api.post(
        "/api/registrations/", {"event": event.pk}, format="json", **headers
    )
    again = api.post(
        "/api/registrations/", {"event": event.pk}, format="json", **headers
    )
    assert first.status_code == again.status_code == 201
    assert again["Idempotent-Replayed"] == "true"
    assert Registration.objects.filter(event=event).count() == 1


def test_the_same_idempotency_key_with_another_body_is_refused(api, event):
    other = EventFactory()
    api.force_authenticate(UserFactory())
    headers = {"HTTP_IDEMPOTENCY_KEY": "abc-456"}
    first = api.post(
        "/api/registrations/", {"event": event.pk}, format="json", **headers
    )
    assert first.status_code == 201
    again = api.post(
        "/api/registrations/", {"event": other.pk}, format="json", **headers
    )
    assert again.status_code == 422
    assert again.json()["code"] == "idempotency_key_reused"
    assert not Registration.objects.filter(event=other).exists()


def test_the_email_link_token_cancels_without_an_account(api, event):
    registration = services.registration_create(event=event, user=UserFactory())
    token = links.manage_token(registration)
    url = "/api/registration-cancellations/"
    response = api.post(url, with_altcha(api, {"token": token}), format="json")
    assert response.status_code == 200
    assert response.json()["status"] == "cancelled"
    again = api.post(url, with_altcha(api, {"token": token}), format="json")
    assert again.status_code == 409
    forged = api.post(url, with_altcha(api, {"token": "forged"}), format="json")
    assert forged.status_code == 400 and forged.json()["code"] == "invalid_token"
    assert "token" in api.post(url, with_altcha(api)).json()
    # Without a proof of work, an anonymous write is refused before anything.
    assert set(api.post(url, {"token": token}, format="json").json()) == {"altcha"}


def test_the_api_schema_builds(api):
    response = api.get("/api/schema/")
    assert response.status_code == 200
    text = response.content.decode()
    assert "/api/events/" in text and "/api/registrations/" in text


def test_the_site_and_the_api_share_one_registration_limit(api, client, homes):
    person = UserFactory()
    events = [EventFactory() for _ in range(services.REGISTRATIONS_PER_HOUR + 1)]
    client.force_login(person)
    for event in events[:-1]:
        assert client.post(f"/fr/events/{event.pk}/", {}).status_code == 302
    api.force_authenticate(person)
    response = api.post("/api/registrations/", {"event": events[-1].pk}, format="json")
    assert response.status_code == 429
    assert response.json()["code"] == "rate_limited"
    assert not Registration.objects.filter(event=events[-1]).exists()
