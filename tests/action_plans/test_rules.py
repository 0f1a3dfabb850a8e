"""Who may do what in the action plans module, for each role, asked the one way
the portal asks: ``user.has_perm("action_plans.<rule>", obj)``.

The focal point reports for the institution that leads ``commitment``; the other
focal point reports for another institution and must be refused everything on it.
"""

import pytest
from django.contrib.auth.models import AnonymousUser

from action_plans.models import Phase, UpdateStatus
from tests.factories import ConsultationFactory
from tests.factories.action_plans import ProgressUpdateFactory

ROLES = [
    "anonymous",
    "citizen",
    "focal_point",
    "other_focal_point",
    "moderator",
    "secretariat",
    "editor",
    "superuser",
    "inactive_focal_point",
]
ALL = set(ROLES)
STAFF = {"secretariat", "superuser"}
OWN = {"focal_point"}


@pytest.fixture
def person(request, focal_point, other_focal_point):
    role = request.param
    if role == "anonymous":
        return AnonymousUser()
    if role == "inactive_focal_point":
        focal_point.is_active = False
        focal_point.save()
        return focal_point
    return request.getfixturevalue(role)


def _role(request) -> str:
    return request.node.callspec.params["person"]


def _update(commitment, status):
    return ProgressUpdateFactory(commitment=commitment, status=status)


# (rule, how to build the object from the commitment, roles allowed)
RULES = [
    ("action_plans.manage", None, STAFF),
    ("action_plans.assess", "commitment", STAFF),
    ("action_plans.report", None, STAFF | OWN | {"other_focal_point"}),
    ("action_plans.view_plan", "plan", ALL),
    ("action_plans.view_plan", "private_plan", STAFF),
    ("action_plans.report_progress", "commitment", OWN),
    ("action_plans.comment_draft", "commitment", set()),
    ("action_plans.comment_draft", "cocreation_commitment", ALL),
    ("action_plans.edit_update", UpdateStatus.DRAFT, OWN),
    ("action_plans.edit_update", UpdateStatus.CHANGES_REQUESTED, OWN),
    ("action_plans.edit_update", UpdateStatus.SUBMITTED, set()),
    ("action_plans.edit_update", UpdateStatus.PUBLISHED, set()),
    ("action_plans.view_update", UpdateStatus.SUBMITTED, STAFF | OWN),
    ("action_plans.view_update", UpdateStatus.PUBLISHED, ALL),
    ("action_plans.review_update", UpdateStatus.SUBMITTED, STAFF),
    ("action_plans.review_update", UpdateStatus.PUBLISHED, set()),
    ("action_plans.review_update", UpdateStatus.CHANGES_REQUESTED, set()),
]


def _target(kind, commitment):
    if kind is None:
        return None
    if kind == "commitment":
        return commitment
    if kind == "plan":
        return commitment.plan
    if kind == "private_plan":
        plan = commitment.plan
        plan.is_public = False
        plan.save()
        return plan
    if kind == "cocreation_commitment":
        plan = commitment.plan
        plan.phase = Phase.COCREATION
        plan.cocreation = ConsultationFactory()
        plan.save()
        return commitment
    return _update(commitment, kind)


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_each_role_may_do_exactly_what_each_rule_allows(person, commitment, request):
    """One role per test, every rule in turn (each on a fresh object)."""
    role = _role(request)
    wrong = []
    for rule, kind, allowed in RULES:
        target = _target(kind, commitment)
        # Django gives an active superuser every permission.
        expected = role in (allowed | {"superuser"})
        found = (
            person.has_perm(rule) if target is None else person.has_perm(rule, target)
        )
        if found is not expected:
            wrong.append((rule, kind, found))
        _reset(commitment)
    assert not wrong, (role, wrong)


def _reset(commitment) -> None:
    from action_plans.models import Plan

    Plan.objects.filter(pk=commitment.plan_id).update(
        is_public=True, phase=Phase.IMPLEMENTATION, cocreation=None
    )
    commitment.plan.refresh_from_db()
    commitment.updates.all().delete()


def test_a_focal_point_is_refused_the_commitments_of_another_institution(
    focal_point, other_commitment
):
    assert not focal_point.has_perm("action_plans.report_progress", other_commitment)
    update = _update(other_commitment, UpdateStatus.DRAFT)
    assert not focal_point.has_perm("action_plans.edit_update", update)
    assert not focal_point.has_perm("action_plans.view_update", update)


def test_a_focal_point_role_that_is_switched_off_reports_on_nothing(
    focal_point, commitment
):
    point = focal_point.action_plans_focal_point
    point.is_active = False
    point.save()
    focal_point.refresh_from_db()
    assert not focal_point.has_perm("action_plans.report_progress", commitment)


def test_a_focal_point_reports_on_a_commitment_read_in_another_language(
    focal_point, commitment
):
    from wagtail.models import Locale

    french = commitment.copy_for_translation(
        Locale.objects.get_or_create(language_code="fr")[0]
    )
    french.save()
    assert focal_point.has_perm("action_plans.report_progress", french)
