"""Who may do what in calls for applications, for each role, asked the one way
the portal asks: ``user.has_perm("calls.<rule>", obj)``."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import timezone

from calls.models import ApplicationStatus, Candidate, Election
from tests.factories import OrganisationFactory

from .helpers import score_all

ROLES = [
    "anonymous",
    "citizen",
    "applicant",
    "scorer",
    "tied_scorer",
    "observer",
    "voter",
    "moderator",
    "secretariat",
    "editor",
    "superuser",
    "inactive_applicant",
]
ALL = set(ROLES)
STAFF = {"secretariat", "superuser"}
COMMITTEE = {"scorer", "tied_scorer", "observer"}
ACTIVE = ALL - {"anonymous", "inactive_applicant"}


@pytest.fixture
def people(request, applicant, organisation, scorer, tied_scorer, observer):
    """One person per role (the inactive applicant is a copy made inactive)."""
    from tests.factories import OrganisationFactory, UserFactory

    found = {"anonymous": AnonymousUser(), "applicant": applicant}
    found["voter"] = request.getfixturevalue("space_voter")
    inactive = UserFactory(is_active=False)
    OrganisationFactory(representatives=[inactive])
    organisation.representative_links.create(user=inactive)
    found["inactive_applicant"] = inactive
    for role in ("citizen", "scorer", "tied_scorer", "observer", "moderator"):
        found[role] = request.getfixturevalue(role)
    for role in ("secretariat", "editor", "superuser"):
        found[role] = request.getfixturevalue(role)
    return found


def _check(people, rule, obj, allowed, situation):
    """Every role, each asked afresh (no per-request cache carried over)."""
    allowed = allowed | {"superuser"}  # Django gives an active superuser everything
    wrong = []
    for role in ROLES:
        person = people[role]
        person.__dict__.pop("_calls_seats", None)
        person.__dict__.pop("_calls_voters", None)
        if person.has_perm(rule, obj) is not (role in allowed):
            wrong.append(role)
    assert not wrong, (rule, situation, wrong)


def _situation(name, call, application, scorer):
    """Put the call and the application in the named situation; return them."""
    now = timezone.now()
    if name == "unpublished":
        call.is_published = False
    if name in ("closed", "scored", "published"):
        call.closes_at = now - datetime.timedelta(hours=1)
    status = {
        "draft": ApplicationStatus.DRAFT,
        "open": ApplicationStatus.DRAFT,
        "closed": ApplicationStatus.DRAFT,
        "unpublished": ApplicationStatus.DRAFT,
        "submitted": ApplicationStatus.SUBMITTED,
        "returned": ApplicationStatus.RETURNED,
    }.get(name, ApplicationStatus.COMPLETE)
    application.status = status
    application.save()
    if name in ("scored", "published"):
        score_all(application, scorer)
    if name == "published":
        call.results_published_at = now
    call.save()
    return call, application


# (rule, situation, on the application?, roles allowed)
RULES = [
    ("calls.manage", "open", False, STAFF),
    ("calls.view_call", "unpublished", False, STAFF),
    ("calls.view_call", "open", False, ALL),
    ("calls.apply", "open", False, {"applicant", "voter"}),
    ("calls.apply", "closed", False, set()),
    ("calls.edit_application", "draft", True, {"applicant"}),
    ("calls.edit_application", "returned", True, {"applicant"}),
    ("calls.edit_application", "submitted", True, set()),
    ("calls.edit_application", "closed", True, set()),
    ("calls.view_application", "draft", True, {"applicant"} | STAFF),
    ("calls.view_application", "complete", True, {"applicant"} | COMMITTEE | STAFF),
    ("calls.view_application", "published", True, ALL),
    ("calls.view_documents", "submitted", True, {"applicant"} | STAFF),
    (
        "calls.view_documents",
        "complete",
        True,
        {"applicant", "scorer", "observer"} | STAFF,
    ),
    (
        "calls.view_documents",
        "published",
        True,
        {"applicant", "scorer", "observer"} | STAFF,
    ),
    ("calls.check_application", "draft", True, set()),
    ("calls.check_application", "submitted", True, STAFF),
    ("calls.check_application", "published", True, set()),
    ("calls.score", "submitted", True, set()),
    ("calls.score", "complete", True, {"scorer"}),
    ("calls.score", "published", True, set()),
    ("calls.view_scores", "complete", False, set()),
    ("calls.view_scores", "scored", False, COMMITTEE | STAFF),
    ("calls.view_scores", "published", False, ALL),
    ("calls.committee", "open", False, COMMITTEE | STAFF),
]


@pytest.mark.parametrize(("rule", "situation", "on_application", "allowed"), RULES)
def test_each_rule_follows_each_role(
    people, call, application, scorer, rule, situation, on_application, allowed
):
    call, application = _situation(situation, call, application, scorer)
    application.call = call
    _check(people, rule, application if on_application else call, allowed, situation)


@pytest.fixture
def election(call):
    election = Election.objects.create(
        call=call,
        opens_at=timezone.now() - datetime.timedelta(days=1),
        closes_at=timezone.now() + datetime.timedelta(days=1),
    )
    Candidate.objects.create(
        election=election, name_ar="س", name_fr="S", organisation=OrganisationFactory()
    )
    return election


ELECTION_RULES = [
    ("calls.vote", "open", {"voter"}),
    ("calls.vote", "closed", set()),
    ("calls.view_election_results", "open", set()),
    ("calls.view_election_results", "closed", STAFF),
    ("calls.view_election_results", "published", ALL),
]


@pytest.mark.parametrize(("rule", "situation", "allowed"), ELECTION_RULES)
def test_each_election_rule_follows_each_role(
    people, election, rule, situation, allowed
):
    if situation != "open":
        election.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    if situation == "published":
        election.results_published_at = timezone.now()
    _check(people, rule, election, allowed, situation)


LIST_RULES = [
    ("calls.list_applications", ACTIVE),
    ("calls.committee_home", COMMITTEE | STAFF),
]


@pytest.mark.parametrize(("rule", "allowed"), LIST_RULES)
def test_each_list_rule_follows_each_role(people, rule, allowed):
    _check(people, rule, None, allowed, "-")
