"""The action plans API: public reads, progress updates written by focal points
and reviewed by the secretariat, the open data and its schema."""

import pytest
from rest_framework.test import APIClient

from action_plans.models import ProgressUpdate, UpdateStatus
from tests.factories.action_plans import ProgressUpdateFactory
from tests.fixtures.challenge import with_altcha


@pytest.fixture
def api():
    return APIClient()


def _body(target, **changes):
    milestone = target.milestones.first()
    body = {
        "commitment": target.pk,
        "text": "Les premières données sont publiées.",
        "language": "fr",
        "milestones": [
            {"milestone": milestone.pk, "status": "in_progress", "completion": 50}
        ],
        "evidence": [{"milestone": milestone.pk, "url": "https://data.gov.ma/"}],
        "submit": True,
    }
    body.update(changes)
    return body


def test_plans_and_commitments_are_public_reads(
    api, commitment, other_commitment, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        plans = api.get("/api/action-plans/").json()
    assert plans["results"][0]["slug"] == "2024-2027"
    detail = api.get("/api/action-plans/2024-2027/").json()
    assert [c["number"] for c in detail["commitments"]] == [1, 2]
    assert detail["commitments"][0]["lead_institution"] == "وزارة العدل"
    listed = api.get("/api/action-plans/commitments/?plan=2024-2027").json()
    assert len(listed["results"][0]["milestones"]) == 2


def test_a_focal_point_sends_an_update_through_the_api(
    api, commitment, focal_point, secretariat
):
    api.force_authenticate(focal_point)
    answer = api.post("/api/action-plans/updates/", _body(commitment), format="json")
    assert answer.status_code == 201, answer.json()
    assert answer.json()["status"] == UpdateStatus.SUBMITTED
    update = ProgressUpdate.objects.get()
    api.force_authenticate(secretariat)
    reviewed = api.post(
        f"/api/action-plans/updates/{update.pk}/review/",
        {"decision": "publish"},
        format="json",
    )
    assert reviewed.status_code == 200, reviewed.json()
    api.force_authenticate(None)
    public = api.get("/api/action-plans/updates/").json()
    assert [u["id"] for u in public["results"]] == [update.pk]


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"text": ""}, "text"),
        ({"language": "de"}, "language"),
        ({"commitment": 999999}, "commitment"),
        (
            {"milestones": [{"milestone": 1, "status": "finished", "completion": 5}]},
            "milestones",
        ),
        (
            {"milestones": [{"milestone": 1, "status": "delayed", "completion": 150}]},
            "milestones",
        ),
        ({"evidence": [{"milestone": 1, "url": "not a link"}]}, "evidence"),
    ],
)
def test_bad_input_answers_400_with_the_field(
    api, commitment, focal_point, changes, field
):
    api.force_authenticate(focal_point)
    answer = api.post(
        "/api/action-plans/updates/", _body(commitment, **changes), format="json"
    )
    assert answer.status_code == 400
    assert field in answer.json()


def test_a_milestone_of_another_commitment_answers_400(
    api, commitment, other_commitment, focal_point
):
    api.force_authenticate(focal_point)
    foreign = other_commitment.milestones.first().pk
    body = _body(
        commitment,
        milestones=[{"milestone": foreign, "status": "delayed", "completion": 5}],
    )
    answer = api.post("/api/action-plans/updates/", body, format="json")
    assert answer.status_code == 400
    assert "milestones" in answer.json()


@pytest.mark.parametrize("role", ["anonymous", "citizen", "other_focal_point"])
def test_who_does_not_lead_the_commitment_is_refused(
    api, commitment, other_focal_point, role, request
):
    body = _body(commitment)
    if role != "anonymous":
        api.force_authenticate(request.getfixturevalue(role))
    else:  # past the proof of work, the rule refuses
        body = with_altcha(api, body)
    answer = api.post("/api/action-plans/updates/", body, format="json")
    assert answer.status_code == 403
    assert not ProgressUpdate.objects.exists()


@pytest.mark.parametrize("role", ["focal_point", "citizen", "anonymous"])
def test_only_the_secretariat_reviews(api, commitment, focal_point, role, request):
    update = ProgressUpdateFactory(commitment=commitment)
    if role != "anonymous":
        api.force_authenticate(request.getfixturevalue(role))
    answer = api.post(
        f"/api/action-plans/updates/{update.pk}/review/",
        {"decision": "publish"},
        format="json",
    )
    assert answer.status_code in (403, 404)
    update.refresh_from_db()
    assert update.status == UpdateStatus.SUBMITTED


def test_a_review_without_a_decision_or_a_note_answers_400(
    api, commitment, secretariat
):
    update = ProgressUpdateFactory(commitment=commitment)
    api.force_authenticate(secretariat)
    url = f"/api/action-plans/updates/{update.pk}/review/"
    assert "decision" in api.post(url, {}, format="json").json()
    answer = api.post(url, {"decision": "changes"}, format="json")
    assert answer.status_code == 400
    assert "note" in answer.json()


def test_a_focal_point_edits_its_sent_back_update_but_not_a_published_one(
    api, commitment, focal_point
):
    update = ProgressUpdateFactory(
        commitment=commitment, status=UpdateStatus.CHANGES_REQUESTED
    )
    api.force_authenticate(focal_point)
    url = f"/api/action-plans/updates/{update.pk}/"
    answer = api.patch(url, _body(commitment, text="Version corrigée."), format="json")
    assert answer.status_code == 200, answer.json()
    assert answer.json()["text"] == "Version corrigée."
    update.status = UpdateStatus.PUBLISHED
    update.save()
    assert api.patch(url, _body(commitment), format="json").status_code == 403


def test_unpublished_updates_are_not_public(api, commitment):
    ProgressUpdateFactory(commitment=commitment, status=UpdateStatus.SUBMITTED)
    assert api.get("/api/action-plans/updates/").json()["results"] == []


def test_the_open_data_and_its_schema_are_in_the_api(api, commitment):
    data = api.get("/api/action-plans/data/").json()
    assert data["commitments"][0]["title_ar"] == "العدالة"
    plan = api.get("/api/action-plans/data/2024-2027/").json()
    assert plan["scope"] == "2024-2027"
    assert api.get("/api/action-plans/data/1999-2000/").status_code == 404
    schema = api.get("/api/action-plans/schema/").json()
    assert "milestone_progress" in schema["tables"]


def test_the_open_data_is_one_view_with_one_operation_per_route(client, db, capsys):
    from django.urls import resolve

    everything = resolve("/api/action-plans/data/")
    one_plan = resolve("/api/action-plans/data/2024-2027/")
    assert everything.func is one_plan.func
    schema = client.get(
        "/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json"
    ).json()
    ids = {
        path: schema["paths"][path]["get"]["operationId"]
        for path in ("/api/action-plans/data/", "/api/action-plans/data/{scope}/")
    }
    assert ids == {
        "/api/action-plans/data/": "action_plans_data_all",
        "/api/action-plans/data/{scope}/": "action_plans_data_retrieve",
    }
    assert capsys.readouterr().err == ""
