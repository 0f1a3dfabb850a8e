"""Fixtures for consultations: people in each role, an open consultation."""

import pytest
from django.contrib.auth.models import Group, Permission

from tests.factories import ConsultationFactory, ContributionFactory, UserFactory

MODERATOR_PERMS = ["moderate_contribution", "view_contribution"]
SECRETARIAT_PERMS = MODERATOR_PERMS + [
    "answer_contribution",
    "export_contribution",
    "publish_closeout",
    "add_consultation",
    "change_consultation",
    "view_consultation",
]


def _member(group_name: str, codenames: list[str], **kwargs):
    group, _created = Group.objects.get_or_create(name=group_name)
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="consultations", codename__in=codenames
        ),
        Permission.objects.get(
            content_type__app_label="wagtailadmin", codename="access_admin"
        ),
    )
    user = UserFactory(**kwargs)
    user.groups.add(group)
    return user


@pytest.fixture(autouse=True)
def _english_messages():
    """Messages are compared in English; a request may leave another language on."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture
def citizen(db):
    return UserFactory(display_name="Amina")


@pytest.fixture
def other_citizen(db):
    return UserFactory()


@pytest.fixture
def moderator(db):
    return _member("Moderators", MODERATOR_PERMS, display_name="Moderator")


@pytest.fixture
def secretariat(db):
    return _member("Secretariat", SECRETARIAT_PERMS, display_name="Secretariat")


@pytest.fixture
def consultation(homes):
    return ConsultationFactory(title="Plan d'action national 2027", slug="pan-2027")


@pytest.fixture
def closed_consultation(homes):
    return ConsultationFactory(closed=True, slug="pan-2023")


@pytest.fixture
def published(consultation, citizen):
    return ContributionFactory(consultation=consultation, author=citizen)


# Browser fixtures shared with the rest of the suite (Chromium through Playwright).
from tests.browser.conftest import (  # noqa: E402, F401
    _flush_with_cascade,
    axe,
    browser,
    browser_page,
)
