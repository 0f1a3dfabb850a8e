"""Public pages of bodies and meetings, what members see of their meetings, and
the iCalendar feeds: drafts and private data never reach the public."""

import datetime

import pytest
from django.utils import timezone
from django.utils.html import escape
from icalendar import Calendar

from governance import services
from governance.models import AttendanceStatus, EndReason, MeetingStatus
from tests.factories import BodyFactory, MeetingFactory, MemberFactory

pytestmark = pytest.mark.django_db


def page(client, url, status=200) -> str:
    response = client.get(url)
    assert response.status_code == status, url
    return response.content.decode()


def reviewed(meeting, secretariat, committee):
    """The meeting held, its attendance and a decision recorded, the draft out."""
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
            committee["chair"].pk: AttendanceStatus.PRESENT,
            committee["civil_society"].pk: AttendanceStatus.REMOTE,
            committee["civil_society_2"].pk: AttendanceStatus.ABSENT,
        },
    )
    services.decision_record(
        meeting=meeting,
        by=secretariat,
        text_ar="قرار متفق عليه",
        text_fr="Décision convenue",
    )
    meeting = services.minutes_save(
        meeting=meeting,
        by=secretariat,
        minutes_ar="<p>محضر سري</p>",
        minutes_fr="<p>Procès-verbal provisoire</p>",
    )
    return services.minutes_open_remarks(meeting=meeting, by=secretariat)


@pytest.fixture
def past_meeting(body, committee):
    start = timezone.now() - datetime.timedelta(days=30)
    return MeetingFactory(
        body=body, start=start, end=start + datetime.timedelta(hours=2)
    )


def test_the_bodies_list_shows_published_bodies(client, body):
    BodyFactory(name="Instance brouillon", is_published=False)
    html = page(client, "/fr/governance/bodies/")
    assert "Comité de pilotage" in html and "Instance brouillon" not in html
    assert 'href="/fr/governance/bodies/comite-de-pilotage/"' in html


def test_a_body_shows_its_members_by_constituency_and_its_parity(
    client, body, committee, member_user
):
    html = page(client, "/fr/governance/bodies/comite-de-pilotage/")
    for member in ("Mme Présidente", "M. Administration", "Mme Société Civile"):
        assert member in html
    assert "Association Transparence" in html
    assert "Parité respectée" in html
    # Private: accounts' and organisations' contact details.
    assert member_user.email not in html
    organisation = committee["civil_society"].organisation
    assert (
        organisation.contact_email not in html
        and organisation.contact_phone not in html
    )


def test_a_broken_parity_is_shown(client, body, committee):
    from governance.models import Constituency

    MemberFactory(body=body, constituency=Constituency.CIVIL_SOCIETY)
    assert "Parité non respectée" in page(
        client, "/fr/governance/bodies/comite-de-pilotage/"
    )


def test_past_mandates_show_when_and_why_they_ended(
    client, body, committee, secretariat
):
    services.member_end(
        member=committee["civil_society_2"],
        by=secretariat,
        reason=EndReason.WITHDRAWAL,
        on=timezone.localdate() - datetime.timedelta(days=1),
    )
    html = page(client, "/fr/governance/bodies/comite-de-pilotage/")
    past = html.split('id="past-title"')[1]
    assert committee["civil_society_2"].name_fr in past
    assert escape(str(EndReason.WITHDRAWAL.label)) in past


def test_the_body_page_query_count_is_fixed(
    client, body, committee, django_assert_num_queries
):
    client.get("/fr/governance/bodies/comite-de-pilotage/")  # warm the caches
    with django_assert_num_queries(6) as few:
        response = client.get("/fr/governance/bodies/comite-de-pilotage/")
    assert response.status_code == 200
    count = len(few.captured_queries)
    for _ in range(8):
        MemberFactory(body=body)
    client.get("/fr/governance/bodies/comite-de-pilotage/")  # the logo, as above
    with django_assert_num_queries(count):
        response = client.get("/fr/governance/bodies/comite-de-pilotage/")
    assert response.status_code == 200


def test_a_planned_meeting_is_seen_by_the_secretariat_and_the_chair_only(
    client, meeting, chair_user, member_user, secretariat
):
    url = meeting.get_absolute_url()
    page(client, url, 404)
    client.force_login(member_user)
    page(client, url, 404)
    client.force_login(chair_user)
    assert "Suivi du plan" in page(client, url)


def test_the_agenda_is_public_from_the_invitation_but_the_link_is_the_members(
    client, meeting, secretariat, member_user
):
    services.meeting_invite(meeting=meeting, by=secretariat)
    html = page(client, "/fr" + meeting.get_absolute_url()[3:])
    assert escape("Suivi du plan d'action") in html
    assert "visio.example.org" not in html
    assert "propose" not in html  # no form for visitors
    client.force_login(member_user)
    html = page(client, "/ar" + meeting.get_absolute_url()[3:])
    assert "تتبع خطة العمل" in html and "visio.example.org" in html
    assert 'name="text"' in html  # the proposal form, in the window


def test_members_propose_an_item_through_the_site(
    client, meeting, secretariat, member_user, citizen
):
    services.meeting_invite(meeting=meeting, by=secretariat)
    url = f"/fr/governance/meetings/{meeting.slug}/propose/"
    client.force_login(citizen)
    response = client.post(url, {"text": "Un point"})
    assert response.status_code == 400 and not meeting.proposals.exists()
    client.force_login(member_user)
    response = client.post(url, {"text": ""})
    assert response.status_code == 400
    response = client.post(url, {"text": "La participation des jeunes"})
    assert response.status_code == 302
    assert meeting.proposals.get().text == "La participation des jeunes"
    html = page(client, f"/fr/governance/meetings/{meeting.slug}/")
    assert "La participation des jeunes" in html
    client.logout()
    assert "La participation des jeunes" not in page(
        client, f"/fr/governance/meetings/{meeting.slug}/"
    )


def test_draft_minutes_are_never_public(
    client, meeting, secretariat, committee, member_user
):
    meeting = reviewed(meeting, secretariat, committee)
    url = f"/fr/governance/meetings/{meeting.slug}/"
    html = page(client, url)
    for private in (
        "Procès-verbal provisoire",
        "Décision convenue",
        "Mme Société Civile",
    ):
        assert private not in html
    client.force_login(member_user)
    html = page(client, url)
    assert "Procès-verbal provisoire" in html and "Décision convenue" in html
    assert 'class="draft-notice"' in html
    response = client.post(url + "remark/", {"text": "Ajouter la date du 4 octobre"})
    assert response.status_code == 302
    assert meeting.remarks.get().text == "Ajouter la date du 4 octobre"
    client.logout()
    assert "4 octobre" not in page(client, url)


def test_published_minutes_show_the_attendance_and_decisions(
    client, meeting, secretariat, committee, django_assert_max_num_queries
):
    meeting = reviewed(meeting, secretariat, committee)
    meeting = services.minutes_publish(
        meeting=meeting,
        by=secretariat,
        now=timezone.now() + datetime.timedelta(days=30),
    )
    url = f"/ar/governance/meetings/{meeting.slug}/"
    html = page(client, url)
    assert "محضر سري" in html and "قرار متفق عليه" in html
    assert "Mme Société Civile" in html or committee["civil_society"].name_ar in html
    assert 'class="draft-notice"' not in html
    assert "Took part remotely" in html or "عن بعد" in html
    with django_assert_max_num_queries(14):
        assert client.get(url).status_code == 200


def test_the_meeting_lists_split_upcoming_and_past(
    client, meeting, past_meeting, secretariat
):
    services.meeting_invite(meeting=meeting, by=secretariat)
    past_meeting.status = MeetingStatus.PUBLISHED
    past_meeting.title_fr = "Réunion passée"
    past_meeting.save()
    upcoming = page(client, "/fr/governance/meetings/")
    assert (
        "Réunion du comité de pilotage" in upcoming and "Réunion passée" not in upcoming
    )
    assert "Réunion passée" in page(client, "/fr/governance/meetings/?past=1")


def test_the_meeting_list_query_count_is_fixed(
    client, body, committee, secretariat, django_assert_num_queries
):
    for _ in range(3):
        MeetingFactory(body=body, status=MeetingStatus.INVITED)
    client.get("/fr/governance/meetings/")
    with django_assert_num_queries(3) as few:
        response = client.get("/fr/governance/meetings/")
    assert response.status_code == 200
    count = len(few.captured_queries)
    for _ in range(5):
        MeetingFactory(body=BodyFactory(), status=MeetingStatus.INVITED)
    client.get("/fr/governance/meetings/")  # the site's logo, cached per change
    with django_assert_num_queries(count):
        assert client.get("/fr/governance/meetings/").status_code == 200


def test_my_invitations(client, meeting, secretariat, member_user, citizen):
    page(client, "/fr/governance/my-meetings/", 302)
    services.meeting_invite(meeting=meeting, by=secretariat)
    client.force_login(member_user)
    assert meeting.get_absolute_url()[3:] in page(client, "/fr/governance/my-meetings/")
    client.force_login(citizen)
    assert meeting.slug not in page(client, "/fr/governance/my-meetings/")


def test_the_calendar_feed_lists_announced_meetings_without_the_link(
    client, meeting, body, secretariat
):
    planned = MeetingFactory(body=body, title_fr="Réunion en préparation")
    services.meeting_invite(meeting=meeting, by=secretariat)
    response = client.get("/fr/governance/meetings/calendar.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    summaries = [str(e["summary"]) for e in calendar.walk("VEVENT")]
    assert summaries == ["Réunion du comité de pilotage"]
    assert planned.title_fr not in response.content.decode()
    assert b"visio.example.org" not in response.content
    single = client.get(f"/fr/governance/meetings/{meeting.slug}/meeting.ics")
    assert single.status_code == 200
    assert (
        client.get(f"/fr/governance/meetings/{planned.slug}/meeting.ics").status_code
        == 404
    )


def test_the_account_section_lists_a_members_invitations(
    meeting, secretariat, member_user, rf
):
    from django.template.loader import render_to_string

    services.meeting_invite(meeting=meeting, by=secretariat)
    request = rf.get("/fr/accounts/profile/")
    request.user = member_user
    html = render_to_string("governance/account_section.html", request=request)
    assert meeting.slug in html
    request.user = secretariat
    assert (
        render_to_string("governance/account_section.html", request=request).strip()
        == ""
    )
