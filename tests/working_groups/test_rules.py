"""Who may do what with organisations and working groups: every rule, every role.

One row per rule and the object it is asked about; the roles listed are allowed,
every other role is refused.
"""

import pytest
import rules
from django.contrib.auth.models import AnonymousUser
from wagtail.models import Locale

from core.roles import SECRETARIAT
from tests.factories import (
    MembershipApplicationFactory,
    MembershipFactory,
    OrganisationFactory,
    UserFactory,
    WorkingGroupFactory,
)
from tests.factories.cms import member_of

pytestmark = pytest.mark.django_db

ACTIVE = {
    "citizen",
    "representative",
    "coordinator",
    "moderator",
    "secretariat",
    "editor",
    "superuser",
}
EVERYONE = ACTIVE | {"anonymous", "inactive"}

TABLE = [
    ("working_groups.register_organisation", None, ACTIVE),
    ("working_groups.view_organisation", "organisation", EVERYONE),
    (
        "working_groups.view_organisation",
        "unverified",
        {"representative", "secretariat", "superuser"},
    ),
    (
        "working_groups.edit_organisation",
        "organisation",
        {"representative", "secretariat", "superuser"},
    ),
    ("working_groups.verify_organisation", "unverified", {"secretariat", "superuser"}),
    (
        "working_groups.apply_for_organisation",
        "organisation",
        {"representative", "secretariat", "superuser"},
    ),
    ("working_groups.list_applications", None, ACTIVE),
    ("working_groups.view_all_applications", None, {"secretariat", "superuser"}),
    (
        "working_groups.view_application",
        "application",
        {"representative", "coordinator", "secretariat", "superuser"},
    ),
    (
        "working_groups.decide_application",
        "application",
        {"coordinator", "secretariat", "superuser"},
    ),
    (
        "working_groups.withdraw_application",
        "application",
        {"representative", "superuser"},
    ),
    (
        "working_groups.manage_group",
        "group",
        {"coordinator", "secretariat", "superuser"},
    ),
    (
        "working_groups.leave_group",
        "membership",
        {"representative", "coordinator", "secretariat", "superuser"},
    ),
]


@pytest.fixture
def people(citizen, moderator, secretariat, editor, superuser):
    inactive = member_of(UserFactory(is_active=False), SECRETARIAT)
    return {
        "anonymous": AnonymousUser(),
        "citizen": citizen,
        "representative": UserFactory(),
        "coordinator": UserFactory(),
        "moderator": moderator,
        "secretariat": secretariat,
        "editor": editor,
        "superuser": superuser,
        # Would have every right if the account were active.
        "inactive": inactive,
    }


@pytest.fixture
def world(homes, people):
    acting = [people["representative"], people["inactive"]]
    organisation = OrganisationFactory(representatives=acting)
    group = WorkingGroupFactory(
        coordinators=[people["coordinator"], people["inactive"]]
    )
    return {
        "organisation": organisation,
        "unverified": OrganisationFactory(verified=False, representatives=acting),
        "group": group,
        "application": MembershipApplicationFactory(
            organisation=organisation, group=group
        ),
        "membership": MembershipFactory(organisation=organisation, group=group),
    }


@pytest.mark.parametrize(
    ("rule", "target", "allowed"),
    TABLE,
    ids=[f"{rule.split('.')[1]}-{target or 'none'}" for rule, target, _ in TABLE],
)
def test_who_may(rule, target, allowed, people, world):
    obj = world[target] if target else None
    answers = {role: user.has_perm(rule, obj) for role, user in people.items()}
    assert answers == {role: role in allowed for role in people}


def test_every_rule_of_the_module_is_in_the_table():
    registered = {
        name
        for name in rules.permissions.permissions
        if name.startswith("working_groups.")
    }
    assert registered == {rule for rule, _target, _allowed in TABLE}


def test_representatives_and_coordinators_are_of_that_organisation_and_group(
    homes, people, world
):
    """Representing or coordinating something else gives no right here."""
    elsewhere = UserFactory()
    OrganisationFactory(representatives=[elsewhere])
    WorkingGroupFactory(coordinators=[elsewhere])
    for rule, target, allowed in TABLE:
        if target and not allowed >= {"citizen"}:
            assert not elsewhere.has_perm(rule, world[target]), rule


def test_coordinators_manage_every_translation_of_their_group(homes, people, world):
    arabic = world["group"].copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.slug = "arabic"
    arabic.save()
    assert people["coordinator"].has_perm("working_groups.manage_group", arabic)
    assert not people["citizen"].has_perm("working_groups.manage_group", arabic)
