"""Fixtures shared by the whole suite, in one place.

People in each role, the site skeleton, the outbox and the browser (Debian's
Chromium) are here and in ``tests/fixtures/``; a suite's own ``conftest.py`` holds
only what that suite alone uses, and no suite imports another's.
"""

import pytest
from django.core import mail
from django.core.cache import cache

pytest_plugins = ["tests.fixtures.browser", "tests.fixtures.people"]


@pytest.fixture(autouse=True)
def _clear_cache():
    """Rate limits and cached pages must not leak from one test into the next."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def homes(db):
    """The site skeleton: one published home page per language, keyed by code."""
    from demo.site import ensure_site

    return ensure_site(hostname="testserver")


@pytest.fixture
def home(homes):
    return homes["ar"]


@pytest.fixture
def outbox():
    """Django's locmem outbox, emptied for the test."""
    mail.outbox.clear()
    return mail.outbox


@pytest.fixture
def site(db):
    """The site skeleton (home page per language) for browser tests."""
    from demo.site import ensure_site

    return ensure_site(hostname="localhost")


@pytest.fixture
def user(db):
    from tests.factories import UserFactory

    return UserFactory()


@pytest.fixture
def event(homes):
    """An event with two seats (events, and working groups' pages that list them)."""
    from tests.factories import EventFactory

    return EventFactory(capacity=2)
