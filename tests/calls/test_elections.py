"""The election of the committee's civil society member: one vote per member
organisation of the space, secret until the close, results published."""

import datetime

import pytest
from django.utils import timezone

from calls import queries, services
from calls.models import AuditEntry, Candidate, Election
from core.errors import DomainError, Forbidden
from tests.factories import OrganisationFactory


@pytest.fixture
def election(call):
    election = Election.objects.create(
        call=call,
        opens_at=timezone.now() - datetime.timedelta(days=1),
        closes_at=timezone.now() + datetime.timedelta(days=1),
    )
    for name in ("Salma", "Hicham"):
        Candidate.objects.create(
            election=election,
            name_ar=name,
            name_fr=name,
            organisation=OrganisationFactory(),
        )
    return election


def test_a_member_organisation_votes_once(election, space_voter):
    candidate = election.candidates.first()
    services.vote_cast(election=election, by=space_voter, candidate=candidate)
    with pytest.raises(DomainError) as error:
        services.vote_cast(
            election=election, by=space_voter, candidate=election.candidates.last()
        )
    assert error.value.code == "voted"


def test_an_organisation_outside_the_space_does_not_vote(
    election, applicant, organisation
):
    with pytest.raises(Forbidden):
        services.vote_cast(
            election=election, by=applicant, candidate=election.candidates.first()
        )


def test_the_count_stays_secret_until_the_close(
    election, space_voter, secretariat, citizen
):
    services.vote_cast(
        election=election, by=space_voter, candidate=election.candidates.first()
    )
    for person in (secretariat, citizen, space_voter):
        assert not person.has_perm("calls.view_election_results", election)
    with pytest.raises(DomainError):
        services.election_publish(election=election, by=secretariat)
    election.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    election.save()
    assert secretariat.has_perm("calls.view_election_results", election)
    assert not citizen.has_perm("calls.view_election_results", election)
    election = services.election_publish(election=election, by=secretariat)
    assert citizen.has_perm("calls.view_election_results", election)
    results = queries.election_results(election)
    assert [c.total for c in results] == [1, 0]


def test_no_vote_after_the_close(election, space_voter):
    election.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    election.save()
    with pytest.raises(DomainError):
        services.vote_cast(
            election=election, by=space_voter, candidate=election.candidates.first()
        )


def test_the_audit_says_who_voted_never_for_whom(election, space_voter):
    candidate = election.candidates.first()
    services.vote_cast(election=election, by=space_voter, candidate=candidate)
    entry = AuditEntry.objects.get(action="voted")
    assert candidate.name not in entry.detail and str(candidate.pk) != entry.detail
