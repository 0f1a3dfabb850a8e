"""The governance API: public reads that hold nothing private, members' writes
through the services, field errors for bad input."""

import datetime

import pytest
from django.utils import timezone
from rest_framework.test import APIClient

from governance import services
from governance.models import AttendanceStatus, MeetingStatus
from tests.factories import BodyFactory, MeetingFactory, MemberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    return APIClient()


def reviewed(meeting, secretariat, committee):
    meeting = services.meeting_invite(
        meeting=meeting, by=secretariat, now=meeting.start - datetime.timedelta(days=15)
    )
    meeting = services.meeting_mark_held(
        meeting=meeting, by=secretariat, now=meeting.start
    )
    services.attendance_record(
        meeting=meeting,
        by=secretariat,
        statuses={
            committee["civil_society"].pk: AttendanceStatus.REMOTE,
            committee["civil_society_2"].pk: AttendanceStatus.ABSENT,
        },
    )
    services.decision_record(
        meeting=meeting, by=secretariat, text_ar="قرار", text_fr="Décision convenue"
    )
    meeting = services.minutes_save(
        meeting=meeting,
        by=secretariat,
        minutes_ar="<p>محضر</p>",
        minutes_fr="<p>PV provisoire</p>",
    )
    return services.minutes_open_remarks(meeting=meeting, by=secretariat)


def test_bodies_list_and_detail_with_members_and_no_private_data(
    api, body, committee, member_user
):
    response = api.get("/api/governance/bodies/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    (item,) = response.json()["results"]
    assert (
        item["slug"] == "comite-de-pilotage"
        and item["text"]["name"] == "Comité de pilotage"
    )
    detail = api.get("/api/governance/bodies/comite-de-pilotage/").json()
    assert detail["composition"]["parity_respected"] is True
    groups = {g["constituency"]: g["members"] for g in detail["members"]}
    assert len(groups["administration"]) == 3 and len(groups["civil_society"]) == 2
    body_text = response.content.decode() + str(detail)
    assert member_user.email not in body_text
    assert "contact" not in str(detail) and "user" not in groups["civil_society"][0]


def test_bodies_list_query_count_is_fixed(api, body, django_assert_num_queries):
    api.get("/api/governance/bodies/")
    with django_assert_num_queries(3) as few:
        assert api.get("/api/governance/bodies/").status_code == 200
    for _ in range(4):
        BodyFactory()
    with django_assert_num_queries(len(few.captured_queries)):
        assert api.get("/api/governance/bodies/").status_code == 200


def test_meetings_list_shows_announced_meetings_only(
    api, meeting, body, secretariat, django_assert_num_queries
):
    MeetingFactory(body=body, title_fr="En préparation")
    services.meeting_invite(meeting=meeting, by=secretariat)
    api.get("/api/governance/meetings/")
    with django_assert_num_queries(3) as few:
        response = api.get("/api/governance/meetings/", HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    (item,) = response.json()["results"]
    assert item["title"] == "Réunion du comité de pilotage"
    assert item["agenda"] == ["Suivi du plan d'action"]
    assert "online_url" not in item and "visio" not in response.content.decode()
    for _ in range(3):
        MeetingFactory(body=body, status=MeetingStatus.INVITED)
    with django_assert_num_queries(len(few.captured_queries)):
        assert api.get("/api/governance/meetings/").status_code == 200


def test_unknown_filters_answer_400_with_the_field(api, body):
    response = api.get("/api/governance/meetings/?body=nope")
    assert response.status_code == 400 and "body" in response.json()


def test_a_planned_meeting_is_not_found(api, meeting):
    assert api.get(f"/api/governance/meetings/{meeting.slug}/").status_code == 404


def test_draft_minutes_never_appear_in_the_api(
    api, meeting, secretariat, committee, member_user
):
    meeting = reviewed(meeting, secretariat, committee)
    api.force_authenticate(member_user)  # even for members
    response = api.get(f"/api/governance/meetings/{meeting.slug}/")
    assert response.status_code == 200
    assert response.json()["record"] is None
    assert "PV provisoire" not in response.content.decode()
    assert "Décision convenue" not in response.content.decode()


def test_published_minutes_come_with_attendance_and_decisions(
    api, meeting, secretariat, committee
):
    meeting = reviewed(meeting, secretariat, committee)
    services.minutes_publish(
        meeting=meeting,
        by=secretariat,
        now=timezone.now() + datetime.timedelta(days=30),
    )
    response = api.get(
        f"/api/governance/meetings/{meeting.slug}/", HTTP_ACCEPT_LANGUAGE="fr"
    )
    record = response.json()["record"]
    assert record["minutes"] == "<p>PV provisoire</p>"
    assert [d["text"] for d in record["decisions"]] == ["Décision convenue"]
    statuses = {a["status"] for a in record["attendance"]}
    assert statuses == {"remote", "absent"}
    assert record["attendance"][0]["institution"]


def test_members_propose_through_the_api_and_visitors_cannot(
    api, meeting, secretariat, member_user, citizen
):
    services.meeting_invite(meeting=meeting, by=secretariat)
    url = f"/api/governance/meetings/{meeting.slug}/propose/"
    assert api.post(url, {"text": "Un point"}).status_code == 403
    api.force_authenticate(citizen)
    assert api.post(url, {"text": "Un point"}).status_code == 403
    api.force_authenticate(member_user)
    response = api.post(url, {"text": ""}, format="json")
    assert response.status_code == 400 and "text" in response.json()
    response = api.post(url, {"text": "Le budget ouvert"}, format="json")
    assert response.status_code == 201
    assert meeting.proposals.get().text == "Le budget ouvert"


def test_a_closed_window_answers_409_with_its_code(
    api, meeting, secretariat, member_user
):
    services.meeting_invite(
        meeting=meeting, by=secretariat, now=timezone.now() - datetime.timedelta(days=5)
    )
    api.force_authenticate(member_user)
    response = api.post(
        f"/api/governance/meetings/{meeting.slug}/propose/",
        {"text": "Tard"},
        format="json",
    )
    assert response.status_code == 409
    assert response.json()["code"] == "proposals_closed"


def test_remarks_through_the_api(api, meeting, secretariat, committee, member_user):
    meeting = reviewed(meeting, secretariat, committee)
    api.force_authenticate(member_user)
    response = api.post(
        f"/api/governance/meetings/{meeting.slug}/remark/", {"text": "Une remarque"}
    )
    assert response.status_code == 201
    assert meeting.remarks.get().text == "Une remarque"


def test_invitations_are_a_members_own(api, meeting, body, secretariat, member_user):
    services.meeting_invite(meeting=meeting, by=secretariat)
    assert api.get("/api/governance/invitations/").status_code == 403
    api.force_authenticate(member_user)
    (item,) = api.get("/api/governance/invitations/").json()["results"]
    assert item["online_url"] == "https://visio.example.org/comite"
    other = MemberFactory(body=BodyFactory())
    MeetingFactory(body=other.body, status=MeetingStatus.INVITED)
    assert api.get("/api/governance/invitations/").json()["count"] == 1
