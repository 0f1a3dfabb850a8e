"""``RulesPermission``: the API asks the same rules as the site, action by action."""

import pytest
import rules
from django.contrib.auth.models import AnonymousUser
from rest_framework.test import APIRequestFactory

from core.permissions import RulesPermission


@rules.predicate
def _owns(user, obj) -> bool:
    return obj is not None and obj.get("owner") == user.pk


rules.add_perm("tests.publish", rules.is_authenticated)
rules.add_perm("tests.edit", rules.is_authenticated & _owns)


class View:
    """What DRF gives a permission class: the action, whether it is on one object."""

    rules = {"list": None, "create": "tests.publish", "partial_update": "tests.edit"}

    def __init__(self, action, detail=False):
        self.action = action
        self.detail = detail


def _request(method, user):
    request = getattr(APIRequestFactory(), method)("/api/x/")
    request.user = user
    return request


@pytest.fixture
def check():
    permission = RulesPermission()

    def run(method, user, action, obj=None, detail=False):
        request, view = _request(method, user), View(action, detail)
        allowed = permission.has_permission(request, view)
        if allowed and obj is not None:
            allowed = permission.has_object_permission(request, view, obj)
        return allowed

    return run


def test_an_open_action_is_open_to_everyone(check):
    assert check("get", AnonymousUser(), "list")


def test_a_list_level_rule_is_asked_of_the_person(check, citizen):
    assert not check("post", AnonymousUser(), "create")
    assert check("post", citizen, "create")


def test_an_object_rule_is_asked_with_the_object(check, citizen, other_citizen):
    mine = {"owner": citizen.pk}
    assert check("patch", citizen, "partial_update", mine, detail=True)
    assert not check("patch", other_citizen, "partial_update", mine, detail=True)


def test_an_action_without_a_rule_is_refused_for_writes_only(check, superuser):
    assert check("get", AnonymousUser(), "export")
    assert not check("post", superuser, "export")
    assert not check("delete", superuser, "destroy", {"owner": 1}, detail=True)
