import pytest
from django.contrib.auth.models import Group
from django.core import mail


@pytest.fixture
def secretariat(db):
    from tests.factories import UserFactory

    person = UserFactory()
    person.groups.add(Group.objects.get_or_create(name="Secretariat")[0])
    return person


@pytest.fixture
def event(homes):
    from tests.factories import EventFactory

    return EventFactory(capacity=2)


@pytest.fixture
def outbox():
    mail.outbox.clear()
    return mail.outbox


# The browser fixtures are the shared ones (one Chromium per test process).
from tests.browser.conftest import (  # noqa: E402, F401
    _flush_with_cascade,
    axe,
    browser,
    browser_page,
)
