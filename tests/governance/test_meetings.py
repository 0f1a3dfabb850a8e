"""A meeting's steps (article 5): invitation, proposals, attendance, decisions,
minutes, remarks and publication, each refused out of turn or to the wrong person."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from core.errors import DomainError, Forbidden
from governance import services
from governance.models import (
    AgendaProposalStatus,
    AttendanceStatus,
    DecisionMethod,
    DecisionResult,
    MeetingStatus,
)
from tests.factories import MeetingFactory, UserFactory

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def invite(meeting, secretariat, now=None):
    return services.meeting_invite(meeting=meeting, by=secretariat, now=now)


def held(meeting, secretariat):
    meeting = invite(meeting, secretariat, now=meeting.start - 15 * DAY)
    return services.meeting_mark_held(
        meeting=meeting, by=secretariat, now=meeting.start + datetime.timedelta(hours=1)
    )


def test_only_the_secretariat_sends_the_invitation(meeting, chair_user, secretariat):
    with pytest.raises(Forbidden):
        invite(meeting, chair_user)
    meeting = invite(meeting, secretariat)
    assert meeting.status == MeetingStatus.INVITED
    with pytest.raises(DomainError):
        invite(meeting, secretariat)


def test_the_invitation_carries_the_agenda_and_a_calendar_file_in_each_language(
    meeting, secretariat, outbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invite(meeting, secretariat)
    by_address = {message.to[0]: message for message in outbox}
    assert set(by_address) == {"chair@example.org", "member@example.org"}
    french = by_address["chair@example.org"]
    assert "Suivi du plan d'action" in french.body
    assert "https://visio.example.org/comite" in french.body
    assert french.attachments[0][0] == "meeting.ics"
    assert "تتبع خطة العمل" in by_address["member@example.org"].body


def test_an_invitation_needs_an_agenda(body, committee, secretariat):
    meeting = MeetingFactory(body=body)
    meeting.agenda_items.all().delete()
    with pytest.raises(DomainError):
        invite(meeting, secretariat)


def test_an_invitation_sent_less_than_ten_days_ahead_is_sent_but_shown_late(
    body, committee, secretariat
):
    soon = MeetingFactory(body=body, start=timezone.now() + 5 * DAY)
    soon.end = soon.start + datetime.timedelta(hours=2)
    soon.save()
    assert services.timeline(soon).invitation_late  # planned, deadline passed
    soon = invite(soon, secretariat)
    assert soon.status == MeetingStatus.INVITED
    assert services.timeline(soon).invitation_late
    ahead = MeetingFactory(body=body, start=timezone.now() + 30 * DAY)
    ahead.end = ahead.start
    ahead.save()
    assert not services.timeline(invite(ahead, secretariat)).invitation_late


def test_members_propose_items_in_the_three_days_after_the_invitation(
    meeting, secretariat, member_user, citizen
):
    with pytest.raises(DomainError):  # before the invitation
        services.proposal_submit(meeting=meeting, by=member_user, text="Un point")
    sent = timezone.now()
    meeting = invite(meeting, secretariat, now=sent)
    proposal = services.proposal_submit(
        meeting=meeting, by=member_user, text="  Le budget de la société civile  "
    )
    assert proposal.text == "Le budget de la société civile"
    assert proposal.member.user == member_user
    with pytest.raises(Forbidden):
        services.proposal_submit(meeting=meeting, by=citizen, text="Un point")
    with pytest.raises(ValidationError):
        services.proposal_submit(meeting=meeting, by=member_user, text="   ")
    with pytest.raises(DomainError) as refused:
        services.proposal_submit(
            meeting=meeting, by=member_user, text="Trop tard", now=sent + 4 * DAY
        )
    assert refused.value.code == "proposals_closed"


def test_the_secretariat_adds_a_proposal_to_the_agenda_in_both_languages(
    meeting, secretariat, member_user
):
    meeting = invite(meeting, secretariat)
    proposal = services.proposal_submit(meeting=meeting, by=member_user, text="Budget")
    with pytest.raises(Forbidden):
        services.proposal_review(proposal=proposal, by=member_user, accept=True)
    with pytest.raises(ValidationError) as error:
        services.proposal_review(
            proposal=proposal, by=secretariat, accept=True, titles={"fr": "Budget"}
        )
    assert "title_ar" in error.value.message_dict
    proposal = services.proposal_review(
        proposal=proposal,
        by=secretariat,
        accept=True,
        titles={"ar": "الميزانية", "fr": "Budget"},
    )
    assert proposal.status == AgendaProposalStatus.ACCEPTED
    assert [i.title_fr for i in meeting.agenda_items.all()][-1] == "Budget"
    assert meeting.agenda_items.last().proposed_by == proposal.member


def test_a_meeting_is_held_only_once_it_has_started(meeting, secretariat):
    meeting = invite(meeting, secretariat)
    with pytest.raises(DomainError):
        services.meeting_mark_held(meeting=meeting, by=secretariat)
    with pytest.raises(DomainError) as error:
        services.attendance_record(meeting=meeting, by=secretariat, statuses={})
    assert error.value.code == "wrong_step"


def test_attendance_keeps_the_institution_each_member_represented(
    meeting, committee, secretariat
):
    meeting = held(meeting, secretariat)
    cso = committee["civil_society"]
    services.attendance_record(
        meeting=meeting,
        by=secretariat,
        statuses={
            cso.pk: AttendanceStatus.REMOTE,
            committee["chair"].pk: AttendanceStatus.PRESENT,
            committee["civil_society_2"].pk: AttendanceStatus.ABSENT,
        },
    )
    row = meeting.attendance.get(member=cso)
    assert row.status == AttendanceStatus.REMOTE
    assert row.institution_fr == "Association Transparence"
    assert row.institution_ar == cso.organisation.name_ar
    # Corrected, not duplicated.
    services.attendance_record(
        meeting=meeting, by=secretariat, statuses={cso.pk: AttendanceStatus.PRESENT}
    )
    assert meeting.attendance.filter(member=cso).count() == 1
    outsider = UserFactory()
    with pytest.raises(ValidationError):
        services.attendance_record(
            meeting=meeting, by=secretariat, statuses={outsider.pk * 1000: "present"}
        )
    with pytest.raises(ValidationError):
        services.attendance_record(
            meeting=meeting, by=secretariat, statuses={cso.pk: "asleep"}
        )


def test_a_consensus_is_adopted(meeting, secretariat):
    meeting = held(meeting, secretariat)
    decision = services.decision_record(
        meeting=meeting, by=secretariat, text_ar="قرار", text_fr="Décision"
    )
    assert decision.result == DecisionResult.ADOPTED
    assert decision.administration_members is None


def test_a_vote_result_is_computed_from_the_counts_with_the_seats_of_the_day(
    meeting, secretariat
):
    meeting = held(meeting, secretariat)
    # Two administration seats (chair and member), two civil society seats.
    adopted = services.decision_record(
        meeting=meeting,
        by=secretariat,
        text_ar="قرار",
        text_fr="Décision",
        method=DecisionMethod.VOTE,
        votes={"administration_for": 2, "civil_society_for": 2},
    )
    assert adopted.result == DecisionResult.ADOPTED
    assert (adopted.administration_members, adopted.civil_society_members) == (2, 2)
    tie = services.decision_record(
        meeting=meeting,
        by=secretariat,
        text_ar="قرار",
        text_fr="Décision",
        method=DecisionMethod.VOTE,
        votes={
            "administration_for": 2,
            "civil_society_for": 1,
            "civil_society_abstentions": 1,
        },
    )
    assert tie.result == DecisionResult.REJECTED
    assert tie.position == adopted.position + 1


def test_a_vote_with_more_votes_than_members_is_refused_field_by_field(
    meeting, secretariat
):
    meeting = held(meeting, secretariat)
    with pytest.raises(ValidationError) as error:
        services.decision_record(
            meeting=meeting,
            by=secretariat,
            text_ar="",
            text_fr="Décision",
            method=DecisionMethod.VOTE,
            votes={"administration_for": 3, "civil_society_against": -1},
        )
    fields = error.value.message_dict
    assert {"text_ar", "administration_for", "civil_society_against"} <= set(fields)
    assert not meeting.decisions.exists()


def test_the_minutes_are_due_three_working_days_after_the_meeting(
    body, committee, secretariat
):
    # A Friday meeting: due the next Wednesday.
    friday = timezone.localdate() - datetime.timedelta(days=60)
    friday -= datetime.timedelta(days=(friday.weekday() - 4) % 7)
    start = datetime.datetime.combine(
        friday, datetime.time(10), timezone.get_current_timezone()
    )
    meeting = MeetingFactory(body=body, start=start, end=start, status="held")
    timeline = services.timeline(meeting)
    assert timeline.minutes_due == services.add_working_days(friday, 3)
    assert timeline.minutes_due.weekday() in range(5)
    assert timeline.minutes_late
    meeting = services.minutes_save(
        meeting=meeting,
        by=secretariat,
        minutes_ar="<p>محضر</p>",
        minutes_fr="<p>PV</p>",
        now=timezone.now(),
    )
    assert meeting.status == MeetingStatus.MINUTES_DRAFTED
    assert services.timeline(meeting).minutes_late  # drafted after the deadline


def test_remarks_then_publication(meeting, secretariat, member_user, citizen):
    meeting = held(meeting, secretariat)
    meeting = services.minutes_save(
        meeting=meeting, by=secretariat, minutes_ar="", minutes_fr="<p>PV</p>"
    )
    with pytest.raises(DomainError) as error:  # the Arabic is missing
        services.minutes_open_remarks(meeting=meeting, by=secretariat)
    assert error.value.code == "minutes_missing"
    meeting = services.minutes_save(
        meeting=meeting,
        by=secretariat,
        minutes_ar="<p>محضر</p>",
        minutes_fr="<p>PV</p>",
    )
    with pytest.raises(ValidationError):
        services.minutes_open_remarks(
            meeting=meeting, by=secretariat, until=timezone.localdate()
        )
    meeting = services.minutes_open_remarks(meeting=meeting, by=secretariat)
    assert meeting.remarks_until > timezone.localdate()
    remark = services.remark_submit(meeting=meeting, by=member_user, text="Un ajout")
    assert remark.member.user == member_user
    with pytest.raises(Forbidden):
        services.remark_submit(meeting=meeting, by=citizen, text="Bonjour")
    with pytest.raises(DomainError) as error:
        services.minutes_publish(meeting=meeting, by=secretariat)
    assert error.value.code == "remarks_open"
    after = timezone.now() + 10 * DAY
    with pytest.raises(DomainError):
        services.remark_submit(meeting=meeting, by=member_user, text="Tard", now=after)
    with pytest.raises(DomainError):  # no attendance recorded
        services.minutes_publish(meeting=meeting, by=secretariat, now=after)
    services.attendance_record(
        meeting=meeting,
        by=secretariat,
        statuses={m.pk: "present" for m in services.invitees(meeting)},
    )
    meeting = services.minutes_publish(meeting=meeting, by=secretariat, now=after)
    assert meeting.status == MeetingStatus.PUBLISHED
    with pytest.raises(DomainError):  # the record is final
        services.decision_record(
            meeting=meeting, by=secretariat, text_ar="ق", text_fr="D"
        )


def test_the_steps_come_in_order(meeting, secretariat):
    with pytest.raises(DomainError):
        services.minutes_save(
            meeting=meeting, by=secretariat, minutes_ar="x", minutes_fr="x"
        )
    with pytest.raises(DomainError):
        services.minutes_publish(meeting=meeting, by=secretariat)
    with pytest.raises(DomainError):
        services.meeting_mark_held(meeting=meeting, by=secretariat)


def test_a_superuser_without_a_seat_proposes_no_item(meeting, secretariat, superuser):
    """Django grants a superuser every rule; a proposal needs a mandate."""
    meeting = invite(meeting, secretariat)
    with pytest.raises(Forbidden):
        services.proposal_submit(meeting=meeting, by=superuser, text="Un point")
    assert not meeting.proposals.exists()
