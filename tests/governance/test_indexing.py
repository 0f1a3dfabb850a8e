"""What governance gives the site search (public only) and the personal data
export and deletion."""

import datetime

import pytest
from django.utils import timezone

from governance import privacy, services
from governance.models import Member
from search.registry import get_source

pytestmark = pytest.mark.django_db


def test_bodies_are_indexed_in_their_language(body):
    (entry,) = get_source("governance_body").entries(body)
    assert (entry.title, entry.locale) == ("Comité de pilotage", "fr")
    assert entry.url == "/fr/governance/bodies/comite-de-pilotage/"
    body.is_published = False
    assert list(get_source("governance_body").entries(body)) == []


def test_a_meeting_is_searchable_from_its_invitation_and_its_minutes_once_published(
    meeting, secretariat, committee, member_user
):
    source = get_source("governance_meeting")
    assert list(source.entries(meeting)) == []
    assert meeting not in source.queryset()
    meeting = services.meeting_invite(
        meeting=meeting, by=secretariat, now=meeting.start - datetime.timedelta(days=15)
    )
    entries = {e.locale: e for e in source.entries(meeting)}
    assert set(entries) == {"ar", "fr"}
    assert "Suivi du plan d'action" in entries["fr"].body
    assert entries["ar"].url.startswith("/ar/governance/meetings/")
    meeting = services.meeting_mark_held(
        meeting=meeting, by=secretariat, now=meeting.start
    )
    services.attendance_record(
        meeting=meeting, by=secretariat, statuses={committee["chair"].pk: "present"}
    )
    meeting = services.minutes_save(
        meeting=meeting,
        by=secretariat,
        minutes_ar="<p>محضر</p>",
        minutes_fr="<p>Brouillon du PV</p>",
    )
    meeting = services.minutes_open_remarks(meeting=meeting, by=secretariat)
    services.remark_submit(meeting=meeting, by=member_user, text="Remarque privée")
    for entry in source.entries(meeting):
        assert "Brouillon du PV" not in entry.body and "privée" not in entry.body
    meeting = services.minutes_publish(
        meeting=meeting,
        by=secretariat,
        now=timezone.now() + datetime.timedelta(days=30),
    )
    french = [e for e in source.entries(meeting) if e.locale == "fr"][0]
    assert "Brouillon du PV" in french.body and "<p>" not in french.body
    assert "privée" not in french.body


def test_the_export_holds_the_mandates_proposals_and_remarks(
    meeting, secretariat, member_user
):
    meeting = services.meeting_invite(meeting=meeting, by=secretariat)
    services.proposal_submit(meeting=meeting, by=member_user, text="Un point à moi")
    data = privacy.export(member_user)
    assert data["mandates"][0]["name_fr"] == "Mme Société Civile"
    assert data["agenda_proposals"][0]["text"] == "Un point à moi"


def test_deletion_keeps_the_public_mandate_and_drops_what_was_private(
    meeting, secretariat, member_user
):
    meeting = services.meeting_invite(meeting=meeting, by=secretariat)
    services.proposal_submit(meeting=meeting, by=member_user, text="Un point à moi")
    privacy.erase(member_user)
    assert not meeting.proposals.exists()
    mandate = Member.objects.get(name_fr="Mme Société Civile")
    assert mandate.user is None
