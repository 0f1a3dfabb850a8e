"""The secretariat's admin: listings, the mandate form's charter checks and parity
warning, a meeting's steps screen, and the ends of membership."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from governance import services
from governance.models import (
    AttendanceStatus,
    Constituency,
    DecisionResult,
    EndReason,
    MeetingStatus,
    Member,
)
from tests.factories import AttendanceFactory, MeetingFactory

pytestmark = pytest.mark.django_db

STEPS = "governance_admin_meeting_steps"


@pytest.mark.parametrize(
    "name",
    [
        "wagtailsnippets_governance_meeting:list",
        "wagtailsnippets_governance_member:list",
        "wagtailsnippets_governance_body:list",
        "wagtailsnippets_governance_actionplan:list",
        "governance_end_proposal:index",
    ],
)
def test_the_secretariat_has_the_governance_admin_and_editors_do_not(
    client, secretariat, editor, committee, meeting, name
):
    client.force_login(secretariat)
    assert client.get(reverse(name)).status_code == 200
    client.force_login(editor)
    assert client.get(reverse(name)).status_code in (302, 403)


def member_form(body, **fields):
    data = {
        "body": body.pk,
        "name_ar": "",
        "name_fr": "Mme Nouvelle",
        "constituency": Constituency.CIVIL_SOCIETY,
        "role": "member",
        "institution_fr": "Association nouvelle",
        "institution_ar": "",
        "start": timezone.localdate().isoformat(),
        "end": "",
        "sort_order": 0,
    }
    data.update(fields)
    return data


def test_the_mandate_form_warns_when_parity_breaks(
    client, secretariat, body, committee
):
    client.force_login(secretariat)
    response = client.post(
        reverse("wagtailsnippets_governance_member:add"), member_form(body), follow=True
    )
    assert response.status_code == 200
    assert Member.objects.filter(name_fr="Mme Nouvelle").exists()
    assert "Parity is broken" in response.content.decode()


def test_the_mandate_form_refuses_an_overlap_with_the_charters_reason(
    client, secretariat, body, committee
):
    client.force_login(secretariat)
    response = client.post(
        reverse("wagtailsnippets_governance_member:add"),
        member_form(body, name_fr="Mme Société Civile", role="alternate"),
    )
    assert response.status_code == 200  # the form again, with its error
    assert "already holds a mandate" in response.content.decode()
    assert not Member.objects.filter(institution_fr="Association nouvelle").exists()


def test_the_steps_screen_is_the_secretariats(client, meeting, editor, chair_user):
    url = reverse(STEPS, args=[meeting.pk])
    client.force_login(editor)
    assert client.get(url).status_code in (302, 403)
    client.force_login(chair_user)
    assert client.get(url).status_code in (302, 403)


def test_the_steps_screen_shows_a_missed_invitation_deadline(
    client, secretariat, body, committee
):
    start = timezone.now() + datetime.timedelta(days=4)
    meeting = MeetingFactory(body=body, start=start, end=start)
    client.force_login(secretariat)
    url = reverse(STEPS, args=[meeting.pk])
    assert 'data-warning="invitation"' in client.get(url).content.decode()
    response = client.post(url, {"action": "invite"}, follow=True)
    html = response.content.decode()
    assert "after the deadline" in html
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.INVITED


def test_the_secretariat_runs_the_steps_from_the_screen(
    client, secretariat, meeting, committee
):
    meeting = services.meeting_invite(
        meeting=meeting, by=secretariat, now=meeting.start - datetime.timedelta(days=15)
    )
    meeting.start = timezone.now() - datetime.timedelta(hours=2)
    meeting.end = meeting.start
    meeting.save()
    client.force_login(secretariat)
    url = reverse(STEPS, args=[meeting.pk])
    assert client.post(url, {"action": "held"}).status_code == 302
    attendance = {
        f"attendance-member_{m.pk}": AttendanceStatus.PRESENT
        for m in committee.values()
    }
    attendance[f"attendance-member_{committee['civil_society_2'].pk}"] = "remote"
    assert client.post(url, {"action": "attendance", **attendance}).status_code == 302
    assert meeting.attendance.filter(status="remote").count() == 1
    response = client.post(
        url,
        {
            "action": "decision",
            "decision-text_ar": "قرار",
            "decision-text_fr": "Décision",
            "decision-method": "vote",
            "decision-administration_for": "2",
            "decision-civil_society_for": "1",
            "decision-civil_society_against": "1",
        },
    )
    assert response.status_code == 302
    assert meeting.decisions.get().result == DecisionResult.REJECTED
    # Too many votes: the form comes back with the field's error.
    response = client.post(
        url,
        {
            "action": "decision",
            "decision-text_ar": "قرار",
            "decision-text_fr": "Décision",
            "decision-method": "vote",
            "decision-administration_for": "9",
        },
    )
    assert (
        response.status_code == 200 and "More votes than" in response.content.decode()
    )
    response = client.post(
        url,
        {"action": "minutes", "minutes-minutes_ar": "", "minutes-minutes_fr": ""},
    )
    assert response.status_code == 302
    meeting.refresh_from_db()
    assert meeting.status == MeetingStatus.MINUTES_DRAFTED
    until = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    response = client.post(
        url, {"action": "open_remarks", "remarks-until": until}, follow=True
    )
    assert "Write the minutes in Arabic and in French" in response.content.decode()
    response = client.post(url, {"action": "publish"}, follow=True)
    assert "Not possible at this step" in response.content.decode()


def test_the_secretariat_confirms_a_proposed_end_of_membership(
    client, secretariat, body, committee
):
    cso = committee["civil_society_2"]
    for days in (300, 200, 100):
        start = timezone.now() - datetime.timedelta(days=days)
        AttendanceFactory(
            meeting=MeetingFactory(
                body=body, start=start, end=start, status="published"
            ),
            member=cso,
            status=AttendanceStatus.ABSENT,
        )
    (proposal,) = services.absences_detect(body=body)
    client.force_login(secretariat)
    listing = client.get(reverse("governance_end_proposal:index")).content.decode()
    assert reverse("governance_admin_end_proposal", args=[proposal.pk]) in listing
    url = reverse("governance_admin_end_proposal", args=[proposal.pk])
    response = client.post(
        url, {"action": "confirm", "reason": "absences", "on": timezone.localdate()}
    )
    assert response.status_code == 302
    cso.refresh_from_db()
    assert cso.end_reason == EndReason.ABSENCES


def test_the_secretariat_ends_a_membership_by_hand(client, secretariat, committee):
    cso = committee["civil_society"]
    client.force_login(secretariat)
    url = reverse("governance_admin_member_end", args=[cso.pk])
    response = client.post(url, {"reason": "withdrawal", "on": "1990-01-01"})
    assert response.status_code == 200  # outside the mandate: the form again
    response = client.post(
        url, {"reason": "withdrawal", "on": timezone.localdate().isoformat()}
    )
    assert response.status_code == 302
    cso.refresh_from_db()
    assert (cso.end_reason, cso.ended_on) == ("withdrawal", timezone.localdate())


@pytest.mark.parametrize("model", ["meeting", "member", "body", "actionplan"])
def test_the_add_forms_open(client, secretariat, committee, model):
    client.force_login(secretariat)
    response = client.get(reverse(f"wagtailsnippets_governance_{model}:add"))
    assert response.status_code == 200


def test_the_secretariat_plans_a_meeting_with_its_agenda(client, secretariat, body):
    client.force_login(secretariat)
    start = timezone.localtime() + datetime.timedelta(days=30)
    response = client.post(
        reverse("wagtailsnippets_governance_meeting:add"),
        {
            "body": body.pk,
            "title_ar": "اجتماع",
            "title_fr": "Réunion",
            "title_en": "",
            "start": start.strftime("%Y-%m-%d %H:%M"),
            "end": (start + datetime.timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
            "place_ar": "",
            "place_fr": "Rabat",
            "place_en": "",
            "online_url": "",
            "summary_ar": "",
            "summary_fr": "",
            "summary_en": "",
            "slug": "",
            "agenda_items-TOTAL_FORMS": "1",
            "agenda_items-INITIAL_FORMS": "0",
            "agenda_items-MIN_NUM_FORMS": "0",
            "agenda_items-MAX_NUM_FORMS": "1000",
            "agenda_items-0-title_ar": "نقطة",
            "agenda_items-0-title_fr": "Point",
            "agenda_items-0-title_en": "",
            "agenda_items-0-ORDER": "1",
            "agenda_items-0-id": "",
            "agenda_items-0-DELETE": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    from governance.models import Meeting

    meeting = Meeting.objects.get(title_fr="Réunion")
    assert meeting.status == MeetingStatus.PLANNED
    assert meeting.slug.startswith("comite-de-pilotage-")
    assert [i.title_fr for i in meeting.agenda_items.all()] == ["Point"]


def test_the_secretariat_adds_a_members_proposal_from_the_screen(
    client, secretariat, meeting, member_user
):
    meeting = services.meeting_invite(meeting=meeting, by=secretariat)
    proposal = services.proposal_submit(meeting=meeting, by=member_user, text="Budget")
    client.force_login(secretariat)
    url = reverse(STEPS, args=[meeting.pk])
    assert "Budget" in client.get(url).content.decode()
    # Not a proposal's id: not found (never a server error), nothing added.
    response = client.post(url, {"action": "accept", "proposal": "x"})
    assert response.status_code in (302, 404)
    assert meeting.agenda_items.count() == 1
    prefix = f"proposal-{proposal.pk}"
    response = client.post(
        url,
        {
            "action": "accept",
            "proposal": proposal.pk,
            f"{prefix}-title_ar": "الميزانية",
            f"{prefix}-title_fr": "Budget ouvert",
        },
    )
    assert response.status_code == 302
    assert meeting.agenda_items.filter(title_fr="Budget ouvert").exists()
