"""Who may do what (consultations/rules.py), rule by rule and role by role.

The people come from the shared fixtures, so each role has exactly the groups and
permissions that it has in production. The table is asked through
``user.has_perm``, the way the services, the admin and the API ask it (Django
grants every permission to active superusers).
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from rules.permissions import permissions as registered

from core.roles import SECRETARIAT
from tests.factories import ConsultationFactory, ContributionFactory, UserFactory
from tests.factories.cms import member_of
from tests.factories.working_groups import OrganisationFactory

pytestmark = pytest.mark.django_db

ROLES = (
    "anonymous",
    "citizen",
    "author",
    "representative",
    "moderator",
    "secretariat",
    "editor",
    "superuser",
    "inactive",
)

# One row per rule and object; one column per role (Y allowed, - refused). Who may
# *not* support their own contribution, or comment once comments are closed, is
# the services' concern (a 409 that says why), not the rules'.
# The representative acts for a verified and an unverified organisation; so did
# the inactive person, who also wrote ``inactive_own``.
TABLE = [
    # rule         object          anon citi auth repr mod  secr edit super inactive
    ("contribute", "consultation", "Y    Y    Y    Y    Y    Y    Y    Y     Y"),
    ("contribute", "account_only", "-    Y    Y    Y    Y    Y    Y    Y     -"),
    ("comment",    None,           "-    Y    Y    Y    Y    Y    Y    Y     -"),
    ("support",    "contribution", "-    Y    Y    Y    Y    Y    Y    Y     -"),
    ("flag",       "contribution", "-    Y    Y    Y    Y    Y    Y    Y     -"),
    ("edit",       "contribution", "-    -    Y    -    -    -    -    Y     -"),
    ("edit",       "inactive_own", "-    -    -    -    -    -    -    Y     -"),
    ("edit",       "anonymous_one", "-   -    -    -    -    -    -    Y     -"),
    ("withdraw",   "contribution", "-    -    Y    -    -    -    -    Y     -"),
    ("withdraw",   "inactive_own", "-    -    -    -    -    -    -    Y     -"),
    ("withdraw",   "anonymous_one", "-   -    -    -    -    -    -    Y     -"),
    ("endorse",    "organisation", "-    -    -    Y    -    -    -    Y     -"),
    ("endorse",    "unverified",   "-    -    -    -    -    -    -    Y     -"),
    ("moderate",   "contribution", "-    -    -    -    Y    Y    -    Y     -"),
    ("answer",     "contribution", "-    -    -    -    -    Y    -    Y     -"),
    ("export",     "consultation", "-    -    -    -    -    Y    -    Y     -"),
    ("close_out",  "consultation", "-    -    -    -    -    Y    -    Y     -"),
]  # fmt: skip

# Rules about a role, which the admin also asks without an object.
ROLE_RULES = {"moderate", "answer", "export", "close_out"}

CASES = [
    pytest.param(rule, target, role, mark == "Y", id=f"{rule}-{target}-{role}")
    for rule, target, marks in TABLE
    for role, mark in zip(ROLES, marks.split(), strict=True)
]


@pytest.fixture
def people(citizen, moderator, secretariat, editor, superuser):
    # The inactive person was in the Secretariat: leaving takes every right away.
    inactive = member_of(UserFactory(is_active=False), SECRETARIAT)
    return {
        "anonymous": AnonymousUser(),
        "citizen": citizen,
        "author": UserFactory(),
        "representative": UserFactory(),
        "moderator": moderator,
        "secretariat": secretariat,
        "editor": editor,
        "superuser": superuser,
        "inactive": inactive,
    }


@pytest.fixture
def targets(homes, people):
    consultation = ConsultationFactory(allow_anonymous=True)
    acting = [people["representative"], people["inactive"]]
    return {
        None: None,
        "consultation": consultation,
        "account_only": ConsultationFactory(allow_anonymous=False),
        "contribution": ContributionFactory(
            consultation=consultation, author=people["author"]
        ),
        "inactive_own": ContributionFactory(
            consultation=consultation, author=people["inactive"]
        ),
        # Sent without an account: nobody signed in is its author.
        "anonymous_one": ContributionFactory(
            consultation=consultation, author=None, author_name="Karim"
        ),
        "organisation": OrganisationFactory(representatives=acting),
        "unverified": OrganisationFactory(
            verified=False, verified_at=None, representatives=acting
        ),
    }


def test_the_table_covers_every_rule_of_consultations():
    rules_in_table = {f"consultations.{rule}" for rule, _target, _marks in TABLE}
    assert rules_in_table == {
        name for name in registered if name.startswith("consultations.")
    }


@pytest.mark.parametrize("rule,target,role,allowed", CASES)
def test_each_role_may_do_exactly_what_the_table_says(
    people, targets, rule, target, role, allowed
):
    user = people[role]
    assert user.has_perm(f"consultations.{rule}", targets[target]) is allowed
    if rule in ROLE_RULES:
        assert user.has_perm(f"consultations.{rule}") is allowed


def test_a_permission_given_to_one_person_makes_them_a_moderator(homes, citizen):
    """Moderators are those who hold the permission, through a group or not."""
    from django.contrib.auth.models import Permission

    assert not citizen.has_perm("consultations.moderate")
    citizen.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="consultations", codename="moderate_contribution"
        )
    )
    citizen = type(citizen).objects.get(pk=citizen.pk)  # a fresh permission cache
    assert citizen.has_perm("consultations.moderate")
    assert not citizen.has_perm("consultations.answer")
