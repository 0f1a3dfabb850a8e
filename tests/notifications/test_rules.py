"""Who may follow, stop following, read a notification and send newsletters, for
each role, asked the one way: ``user.has_perm("notifications.<rule>", obj)``."""

import pytest
from django.contrib.auth.models import AnonymousUser

from notifications.models import Follow, Notification

ROLES = [
    "anonymous",
    "citizen",
    "representative",
    "moderator",
    "secretariat",
    "editor",
    "superuser",
    "inactive_editor",
]
SIGNED_IN = set(ROLES) - {"anonymous", "inactive_editor"}


@pytest.fixture
def person(request, representative):
    role = request.param
    if role == "anonymous":
        return AnonymousUser()
    if role == "representative":
        return representative
    if role == "inactive_editor":
        editor = request.getfixturevalue("editor")
        editor.is_active = False
        editor.save()
        return editor
    return request.getfixturevalue(role)


def _role(request) -> str:
    return request.node.callspec.params["person"]


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_signed_in_people_follow(request, person):
    assert person.has_perm("notifications.follow") is (_role(request) in SIGNED_IN)


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_only_representatives_follow_in_an_organisations_name(
    request, person, organisation
):
    allowed = {"representative", "superuser"}
    assert person.has_perm("notifications.follow_as_organisation", organisation) is (
        _role(request) in allowed
    )


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_people_stop_only_their_own_follows(request, person, citizen, organisation):
    own = Follow.objects.create(user=citizen, key="region:oriental")
    theirs = Follow.objects.create(
        user=None, organisation=organisation, key="region:oriental"
    )
    role = _role(request)
    assert person.has_perm("notifications.unfollow", own) is (
        role in {"citizen", "superuser"}
    )
    assert person.has_perm("notifications.unfollow", theirs) is (
        role in {"representative", "superuser"}
    )


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_a_notification_is_read_by_its_recipient_only(request, person, citizen):
    from django.contrib.contenttypes.models import ContentType

    notification = Notification.objects.create(
        recipient=citizen,
        kind="consultations.reply",
        content_type=ContentType.objects.get_for_model(citizen),
        object_id=str(citizen.pk),
        channel="site",
    )
    assert person.has_perm("notifications.read", notification) is (
        _role(request) in {"citizen", "superuser"}
    )


@pytest.mark.parametrize("person", ROLES, indirect=True)
def test_editors_and_the_secretariat_send_newsletters(request, person):
    allowed = {"editor", "secretariat", "superuser"}
    assert person.has_perm("notifications.manage_newsletters") is (
        _role(request) in allowed
    )
