"""Fixtures shared by the whole suite; app fixtures live in tests/<app>/conftest.py."""

import pytest
from django.core.cache import cache


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
def user(db):
    from tests.factories import UserFactory

    return UserFactory()
