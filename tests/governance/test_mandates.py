"""Mandates: parity and seats (article 3), overlaps and consecutive terms
(article 4), and the end of membership with its absences rule (article 12)."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from core.errors import DomainError, Forbidden
from governance import services
from governance.models import (
    AttendanceStatus,
    Constituency,
    EndReason,
    MeetingStatus,
    Member,
    MemberRole,
    ProposalStatus,
)
from tests.factories import (
    ActionPlanFactory,
    AttendanceFactory,
    MeetingFactory,
    MemberFactory,
    OrganisationFactory,
)

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate()


def check(**fields) -> None:
    services.mandate_check(Member(**fields))


def test_parity_counts_seats_not_alternates_nor_observers(body, committee):
    found = services.composition(body)
    assert (found.administration, found.civil_society, found.observers) == (2, 2, 1)
    assert found.balanced and not found.problems


def test_one_more_civil_society_seat_breaks_parity_and_says_so(body, committee):
    MemberFactory(body=body, constituency=Constituency.CIVIL_SOCIETY)
    found = services.composition(body)
    assert not found.balanced
    assert any("article 3" in str(problem) for problem in found.problems)
    body.parity_required = False
    body.save()
    assert not services.composition(body).problems


def test_parity_is_counted_on_a_given_day(body, committee):
    committee["civil_society_2"].end = TODAY - datetime.timedelta(days=1)
    committee["civil_society_2"].save()
    assert not services.composition(body).balanced
    yesterday = TODAY - datetime.timedelta(days=1)
    assert services.composition(body, on=yesterday).balanced


def test_a_constituency_has_no_more_seats_than_the_body(body, committee):
    body.seats_administration = body.seats_civil_society = 2
    body.save()
    with pytest.raises(ValidationError) as error:
        check(
            body=body,
            constituency=Constituency.ADMINISTRATION,
            institution_fr="Ministère de trop",
            start=TODAY,
        )
    assert "constituency" in error.value.message_dict
    # An alternate takes no seat; neither does a seat after another's term.
    check(
        body=body,
        constituency=Constituency.ADMINISTRATION,
        role=MemberRole.ALTERNATE,
        institution_fr="Suppléance",
        start=TODAY,
    )
    check(
        body=body,
        constituency=Constituency.ADMINISTRATION,
        institution_fr="Ministère suivant",
        start=committee["chair"].end + datetime.timedelta(days=1),
    )


def test_a_person_holds_one_mandate_at_a_time_in_a_body(body, committee, member_user):
    cso = committee["civil_society"]
    with pytest.raises(ValidationError) as error:
        check(
            body=body,
            user=member_user,
            constituency=Constituency.ADMINISTRATION,
            role=MemberRole.ALTERNATE,
            institution_fr="Autre",
            start=cso.end - datetime.timedelta(days=10),
        )
    assert "start" in error.value.message_dict
    with pytest.raises(ValidationError):  # the same name, no account
        check(
            body=body,
            name_fr="M. Administration",
            constituency=Constituency.ADMINISTRATION,
            role=MemberRole.ALTERNATE,
            institution_fr="Autre",
            start=TODAY,
        )
    # The next mandate, after this one ends, is fine.
    check(
        body=body,
        user=member_user,
        constituency=Constituency.CIVIL_SOCIETY,
        organisation=cso.organisation,
        start=cso.end + datetime.timedelta(days=1),
    )


def test_an_organisation_holds_one_seat_at_a_time(body, committee):
    organisation = committee["civil_society"].organisation
    with pytest.raises(ValidationError) as error:
        check(
            body=body,
            constituency=Constituency.CIVIL_SOCIETY,
            organisation=organisation,
            start=TODAY,
        )
    assert "organisation" in error.value.message_dict
    check(  # its alternate holds no seat
        body=body,
        constituency=Constituency.CIVIL_SOCIETY,
        role=MemberRole.ALTERNATE,
        organisation=organisation,
        start=TODAY,
    )


def test_an_ended_mandate_no_longer_overlaps(body, committee, secretariat):
    cso = committee["civil_society"]
    services.member_end(
        member=cso, by=secretariat, reason=EndReason.WITHDRAWAL, on=TODAY
    )
    check(
        body=body,
        constituency=Constituency.CIVIL_SOCIETY,
        organisation=cso.organisation,
        start=TODAY + datetime.timedelta(days=1),
    )


def test_civil_society_serves_no_more_than_two_consecutive_terms(body):
    plans = [
        ActionPlanFactory(
            name=f"{y}-{y + 1}",
            start=datetime.date(y, 1, 1),
            end=datetime.date(y + 1, 12, 31),
        )
        for y in (2018, 2020, 2022)
    ]
    organisation = OrganisationFactory()
    for plan in plans[:2]:
        MemberFactory(
            body=body,
            constituency=Constituency.CIVIL_SOCIETY,
            organisation=organisation,
            action_plan=plan,
            start=plan.start,
            end=plan.end,
        )
    with pytest.raises(ValidationError) as error:
        check(
            body=body,
            constituency=Constituency.CIVIL_SOCIETY,
            organisation=organisation,
            action_plan=plans[2],
        )
    assert "action_plan" in error.value.message_dict
    # After a term away, the organisation may serve again.
    plan = ActionPlanFactory(
        name="2024-2025",
        start=datetime.date(2024, 1, 1),
        end=datetime.date(2025, 12, 31),
    )
    check(
        body=body,
        constituency=Constituency.CIVIL_SOCIETY,
        organisation=organisation,
        action_plan=plan,
    )
    # The rule is civil society's: an administration serves on.
    member = Member(
        body=body,
        constituency=Constituency.ADMINISTRATION,
        institution_fr="Ministère",
        action_plan=plans[2],
    )
    services.mandate_check(member)
    assert (member.start, member.end) == (plans[2].start, plans[2].end)


def test_observers_sit_as_observers(body):
    with pytest.raises(ValidationError) as error:
        check(
            body=body,
            constituency=Constituency.OBSERVER,
            role=MemberRole.MEMBER,
            institution_fr="OCDE",
            start=TODAY,
        )
    assert "role" in error.value.message_dict


def test_a_mandate_names_what_it_represents_and_ends_after_it_starts(body):
    with pytest.raises(ValidationError) as error:
        check(
            body=body,
            constituency=Constituency.ADMINISTRATION,
            start=TODAY,
            end=TODAY - datetime.timedelta(days=1),
        )
    assert {"institution_ar", "end"} <= set(error.value.message_dict)


def test_only_the_secretariat_ends_a_membership_within_its_term(
    body, committee, secretariat, chair_user
):
    cso = committee["civil_society"]
    with pytest.raises(Forbidden):
        services.member_end(member=cso, by=chair_user, reason=EndReason.WITHDRAWAL)
    with pytest.raises(ValidationError):
        services.member_end(
            member=cso,
            by=secretariat,
            reason=EndReason.WITHDRAWAL,
            on=cso.start - datetime.timedelta(days=1),
        )
    cso = services.member_end(member=cso, by=secretariat, reason=EndReason.DISSOLUTION)
    assert (cso.ended_on, cso.end_label) == (TODAY, EndReason.DISSOLUTION.label)
    assert not cso.holds_on(TODAY + datetime.timedelta(days=1))
    with pytest.raises(DomainError):
        services.member_end(member=cso, by=secretariat, reason=EndReason.WITHDRAWAL)


def past_meeting(body, days_ago):
    start = timezone.now() - datetime.timedelta(days=days_ago)
    return MeetingFactory(
        body=body, start=start, end=start, status=MeetingStatus.PUBLISHED
    )


def absent(body, member, days_ago, status=AttendanceStatus.ABSENT):
    return AttendanceFactory(
        meeting=past_meeting(body, days_ago), member=member, status=status
    )


def test_three_unexcused_absences_propose_an_end_that_the_secretariat_confirms(
    body, committee, secretariat
):
    cso = committee["civil_society_2"]
    absent(body, cso, 300)
    absent(body, cso, 200, status=AttendanceStatus.EXCUSED)
    absent(body, cso, 100)
    assert services.absences_detect(body=body) == []
    absent(body, cso, 30)
    (proposal,) = services.absences_detect(body=body)
    assert proposal.member == cso and proposal.reason == EndReason.ABSENCES
    assert proposal.meetings.count() == 3
    assert services.absences_detect(body=body) == []  # proposed once
    proposal = services.end_proposal_decide(
        proposal=proposal, by=secretariat, confirm=True
    )
    assert proposal.status == ProposalStatus.CONFIRMED
    cso.refresh_from_db()
    assert (cso.ended_on, cso.end_reason) == (TODAY, EndReason.ABSENCES)


def test_the_absences_rule_is_for_civil_society_seats(body, committee):
    for days in (300, 200, 100):
        absent(body, committee["administration"], days)
    assert services.absences_detect(body=body) == []


def test_an_alternate_of_the_organisation_stands_in(body, committee):
    cso = committee["civil_society"]
    alternate = MemberFactory(
        body=body,
        constituency=Constituency.CIVIL_SOCIETY,
        role=MemberRole.ALTERNATE,
        organisation=cso.organisation,
    )
    rows = [absent(body, cso, days) for days in (300, 200, 100)]
    AttendanceFactory(meeting=rows[0].meeting, member=alternate)
    assert services.absences_detect(body=body) == []


def test_a_dismissed_proposal_returns_only_with_a_new_absence(
    body, committee, secretariat, chair_user
):
    cso = committee["civil_society_2"]
    for days in (300, 200, 100):
        absent(body, cso, days)
    (proposal,) = services.absences_detect(body=body)
    with pytest.raises(Forbidden):
        services.end_proposal_decide(proposal=proposal, by=chair_user, confirm=True)
    services.end_proposal_decide(proposal=proposal, by=secretariat, confirm=False)
    assert services.absences_detect(body=body) == []
    absent(body, cso, 10)
    assert len(services.absences_detect(body=body)) == 1
    cso.refresh_from_db()
    assert cso.ended_on is None


def test_attendance_recording_proposes_the_end(body, committee, secretariat):
    cso = committee["civil_society_2"]
    for days in (300, 200):
        absent(body, cso, days)
    start = timezone.now() - datetime.timedelta(days=20)
    meeting = MeetingFactory(body=body, start=start, end=start, status="held")
    proposals = services.attendance_record(
        meeting=meeting, by=secretariat, statuses={cso.pk: AttendanceStatus.ABSENT}
    )
    assert [p.member for p in proposals] == [cso]
