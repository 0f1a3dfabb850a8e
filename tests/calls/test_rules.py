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
def person(request, applicant, organisation, scorer, tied_scorer, observer):
    role = request.param
    if role == "anonymous":
        return AnonymousUser()
    if role == "applicant":
        return applicant
    if role == "voter":
        return request.getfixturevalue("space_voter")
    if role == "inactive_applicant":
        applicant.is_active = False
        applicant.save()
        return applicant
    return request.getfixturevalue(role)


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


@pytest.mark.parametrize("person", ROLES, indirect=True)
@pytest.mark.parametrize(("rule", "situation", "on_application", "allowed"), RULES)
def test_each_rule_follows_each_role(
    request, person, call, application, scorer, rule, situation, on_application, allowed
):
    call, application = _situation(situation, call, application, scorer)
    application.call = call
    role = request.node.callspec.params["person"]
    allowed = allowed | {"superuser"}  # Django gives an active superuser everything
    obj = application if on_application else call
    assert person.has_perm(rule, obj) is (role in allowed), (role, rule, situation)


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


@pytest.mark.parametrize("person", ROLES, indirect=True)
@pytest.mark.parametrize(("rule", "situation", "allowed"), ELECTION_RULES)
def test_each_election_rule_follows_each_role(
    request, person, election, rule, situation, allowed
):
    if situation != "open":
        election.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    if situation == "published":
        election.results_published_at = timezone.now()
    role = request.node.callspec.params["person"]
    allowed = allowed | {"superuser"}
    assert person.has_perm(rule, election) is (role in allowed), (role, rule, situation)


LIST_RULES = [
    ("calls.list_applications", ACTIVE),
    ("calls.committee_home", COMMITTEE | STAFF),
]


@pytest.mark.parametrize("person", ROLES, indirect=True)
@pytest.mark.parametrize(("rule", "allowed"), LIST_RULES)
def test_each_list_rule_follows_each_role(request, person, rule, allowed):
    role = request.node.callspec.params["person"]
    assert person.has_perm(rule) is (role in allowed | {"superuser"}), (role, rule)
