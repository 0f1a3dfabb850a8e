"""The roles every module's rules are built on (``core.roles``), for each person."""

import pytest
from django.contrib.auth.models import AnonymousUser

from core.roles import is_active_user, is_editor, is_moderator, is_secretariat

PEOPLE = ["anonymous", "citizen", "editor", "moderator", "secretariat", "superuser"]
EXPECTED = {
    is_secretariat: {"secretariat", "superuser"},
    is_moderator: {"moderator", "superuser"},
    is_editor: {"editor", "superuser"},
    is_active_user: {"citizen", "editor", "moderator", "secretariat", "superuser"},
}


def _person(request, role):
    return AnonymousUser() if role == "anonymous" else request.getfixturevalue(role)


@pytest.mark.parametrize("role", PEOPLE)
@pytest.mark.parametrize("predicate", list(EXPECTED), ids=lambda p: p.name)
def test_each_role_predicate_holds_for_exactly_its_people(request, db, role, predicate):
    assert predicate(_person(request, role)) is (role in EXPECTED[predicate])


@pytest.mark.parametrize("role", ["editor", "secretariat", "superuser"])
def test_an_inactive_account_holds_no_role(request, db, role):
    person = _person(request, role)
    person.is_active = False
    person.save()
    assert not any(predicate(person) for predicate in EXPECTED)


def test_group_names_match_in_any_letter_case(db, citizen):
    from django.contrib.auth.models import Group

    citizen.groups.add(Group.objects.create(name="SECRETARIAT-old"))
    assert not is_secretariat(citizen)
    other = type(citizen).objects.get(pk=citizen.pk)
    other.groups.set([Group.objects.get(name="Secretariat")])
    assert is_secretariat(other)
