"""Who may do what in the governance module, for each role, asked the one way the
portal asks: ``user.has_perm("governance.<rule>", meeting)``."""

import pytest
from django.contrib.auth.models import AnonymousUser

from governance.models import MeetingStatus

ROLES = [
    "anonymous",
    "citizen",
    "member",
    "chair",
    "moderator",
    "secretariat",
    "editor",
    "superuser",
    "inactive_member",
]
ALL = set(ROLES)
STAFF = {"secretariat", "superuser"}
MEMBERS = {"member", "chair"}


@pytest.fixture
def person(request, committee, member_user, chair_user):
    role = request.param
    if role == "anonymous":
        return AnonymousUser()
    if role == "member":
        return member_user
    if role == "chair":
        return chair_user
    if role == "inactive_member":
        member_user.is_active = False
        member_user.save()
        return member_user
    return request.getfixturevalue(role)


def _role(person, request) -> str:
    return request.node.callspec.params["person"]


# (rule, the meeting's step, roles allowed)
RULES = [
    ("governance.manage", MeetingStatus.PLANNED, STAFF),
    ("governance.manage", MeetingStatus.PUBLISHED, STAFF),
    ("governance.view_meeting", MeetingStatus.PLANNED, STAFF | {"chair"}),
    ("governance.view_meeting", MeetingStatus.INVITED, ALL),
    ("governance.view_minutes", MeetingStatus.MINUTES_DRAFTED, STAFF),
    ("governance.view_minutes", MeetingStatus.MINUTES_REVIEW, STAFF | MEMBERS),
    ("governance.view_minutes", MeetingStatus.PUBLISHED, ALL),
    ("governance.attend", MeetingStatus.PLANNED, STAFF),
    ("governance.attend", MeetingStatus.INVITED, STAFF | MEMBERS),
    ("governance.propose_item", MeetingStatus.PLANNED, set()),
    ("governance.propose_item", MeetingStatus.INVITED, MEMBERS),
    ("governance.comment_minutes", MeetingStatus.MINUTES_DRAFTED, set()),
    ("governance.comment_minutes", MeetingStatus.MINUTES_REVIEW, MEMBERS),
    ("governance.comment_minutes", MeetingStatus.PUBLISHED, set()),
]


@pytest.mark.parametrize("person", ROLES, indirect=True)
@pytest.mark.parametrize(("rule", "step", "allowed"), RULES)
def test_each_rule_follows_each_role(request, person, meeting, rule, step, allowed):
    meeting.status = step
    role = _role(person, request)
    # Django gives an active superuser every permission.
    allowed = allowed | {"superuser"}
    assert person.has_perm(rule, meeting) is (role in allowed), (role, rule, step)


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_people_of_another_body_are_not_members_of_this_one(request, person, meeting):
    from tests.factories import BodyFactory, MeetingFactory

    other = MeetingFactory(body=BodyFactory(), status=MeetingStatus.INVITED)
    role = _role(person, request)
    assert person.has_perm("governance.propose_item", other) is (role == "superuser")
    assert person.has_perm("governance.attend", other) is (role in STAFF)


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_members_see_their_own_invitations(request, person):
    role = _role(person, request)
    allowed = ALL - {"anonymous", "inactive_member"}
    assert person.has_perm("governance.list_invitations") is (role in allowed)


MODEL_PERMISSIONS = [
    "governance.add_meeting",
    "governance.change_meeting",
    "governance.change_member",
    "governance.add_body",
    "governance.change_endproposal",
]


@pytest.mark.parametrize("person", ROLES, indirect=True)
@pytest.mark.parametrize("permission", MODEL_PERMISSIONS)
def test_the_admin_permissions_are_the_secretariats(request, person, permission):
    role = _role(person, request)
    assert person.has_perm(permission) is (role in STAFF), (role, permission)


def test_a_mandate_that_is_over_is_no_membership(meeting, committee, member_user):
    meeting.status = MeetingStatus.INVITED
    mandate = committee["civil_society"]
    assert member_user.has_perm("governance.propose_item", meeting)
    mandate.ended_on = mandate.start
    mandate.save()
    assert not member_user.has_perm("governance.propose_item", meeting)
