"""The API: public reads, and writes with the same rules as the site (happy
path, bad input as 400 with field errors, refused roles)."""

import datetime

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from calls import services
from calls.models import Application, ApplicationStatus, Candidate, Election
from tests.factories import ApplicationFactory, OrganisationFactory

from .conftest import pdf
from .helpers import score_all


@pytest.fixture
def api():
    return APIClient()


def test_a_published_call_is_read_with_its_grid_and_committee(api, call, committee):
    data = api.get(f"/api/calls/{call.slug}/").json()
    assert [c["max_points"] for c in data["criteria"]] == [20, 15, 5, 20, 20, 20]
    assert len(data["committee"]) == 3
    assert "user" not in data["committee"][0] and "email" not in str(data)


def test_an_unpublished_call_is_not_in_the_api(api, call):
    call.is_published = False
    call.save()
    assert api.get(f"/api/calls/{call.slug}/").status_code == 404
    assert api.get("/api/calls/").json()["results"] == []


def test_a_representative_saves_and_submits_through_the_api(
    api, call, organisation, applicant
):
    api.force_authenticate(applicant)
    payload = {
        "call": call.slug,
        "organisation": organisation.slug,
        "experience": "Dix ans",
        "programme": "Suivi",
    }
    for requirement in call.required_documents.all():
        payload[f"document_{requirement.pk}"] = pdf()
    response = api.post("/api/calls/applications/", payload, format="multipart")
    assert response.status_code == 201, response.content
    pk = response.json()["id"]
    response = api.post(f"/api/calls/applications/{pk}/submit/")
    assert response.status_code == 200
    assert response.json()["reference"]
    mine = api.get("/api/calls/applications/").json()["results"]
    assert [a["id"] for a in mine] == [pk]


def test_bad_input_is_a_400_with_field_errors(api, call, organisation, applicant):
    api.force_authenticate(applicant)
    response = api.post("/api/calls/applications/", {"call": "nope"}, format="json")
    assert response.status_code == 400
    assert {"call", "organisation"} <= set(response.json())
    response = api.post(
        "/api/calls/applications/",
        {"call": call.slug, "organisation": organisation.slug},
        format="json",
    )
    pk = response.json()["id"]
    response = api.post(f"/api/calls/applications/{pk}/submit/")
    assert response.status_code == 400
    assert "programme" in response.json()


def test_the_api_refuses_applying_for_another_organisation(api, call, citizen):
    api.force_authenticate(citizen)
    other = OrganisationFactory()
    response = api.post(
        "/api/calls/applications/",
        {"call": call.slug, "organisation": other.slug},
        format="json",
    )
    assert response.status_code == 403


def test_anonymous_people_cannot_list_applications(api, application):
    assert api.get("/api/calls/applications/").status_code in (401, 403)
    assert api.get(f"/api/calls/applications/{application.pk}/").status_code in (
        401,
        403,
    )


def test_the_secretariat_checks_through_the_api(api, application, secretariat, scorer):
    application.status = ApplicationStatus.SUBMITTED
    application.save()
    url = f"/api/calls/applications/{application.pk}/check/"
    api.force_authenticate(scorer)
    assert api.post(url, {"complete": True}, format="json").status_code == 403
    api.force_authenticate(secretariat)
    response = api.post(url, {"complete": False}, format="json")
    assert response.status_code == 400 and "reason" in response.json()
    response = api.post(url, {"complete": True}, format="json")
    assert response.status_code == 200 and response.json()["status"] == "complete"


def test_a_member_scores_through_the_api_within_bounds(
    api, application, scorer, tied_scorer
):
    criteria = list(application.call.criteria.all())
    url = f"/api/calls/applications/{application.pk}/scores/"
    api.force_authenticate(scorer)
    too_many = {str(c.pk): c.max_points + 1 for c in criteria}
    response = api.post(url, {"points": too_many}, format="json")
    assert response.status_code == 400
    assert f"criterion_{criteria[0].pk}" in response.json()
    response = api.post(
        url, {"points": {str(c.pk): c.max_points for c in criteria}}, format="json"
    )
    assert response.status_code == 201
    api.force_authenticate(tied_scorer)
    response = api.post(
        url, {"points": {str(c.pk): 1 for c in criteria}}, format="json"
    )
    assert response.status_code == 403


def test_results_are_in_the_api_once_published_only(api, call, committee, secretariat):
    application = ApplicationFactory(call=call)
    for user in committee[:2]:
        score_all(application, user, 0.5)
    assert api.get(f"/api/calls/{call.slug}/results/").status_code == 404
    call.closes_at = timezone.now() - datetime.timedelta(hours=1)
    call.save()
    services.results_publish(call=call, by=secretariat)
    rows = api.get(f"/api/calls/{call.slug}/results/").json()
    assert rows[0]["score"] == "50.00" and rows[0]["selected"] is True
    assert len(rows[0]["criteria"]) == 6


def test_a_member_organisation_votes_once_through_the_api(
    api, call, space_voter, citizen
):
    election = Election.objects.create(
        call=call,
        opens_at=timezone.now() - datetime.timedelta(days=1),
        closes_at=timezone.now() + datetime.timedelta(days=1),
    )
    candidate = Candidate.objects.create(
        election=election, name_ar="س", name_fr="S", organisation=OrganisationFactory()
    )
    url = f"/api/calls/{call.slug}/vote/"
    api.force_authenticate(citizen)
    assert api.post(url, {"candidate": candidate.pk}, format="json").status_code == 403
    api.force_authenticate(space_voter)
    assert api.post(url, {"candidate": 999999}, format="json").status_code == 400
    assert api.post(url, {"candidate": candidate.pk}, format="json").status_code == 201
    assert api.post(url, {"candidate": candidate.pk}, format="json").status_code == 409
    assert Application.objects.count() == 0
