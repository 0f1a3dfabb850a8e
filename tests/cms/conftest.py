"""Fixtures of the editorial tests: a news section per language, admin users."""

import pytest

from core.roles import EDITORS, MODERATORS, SECRETARIAT
from tests.browser.conftest import (  # noqa: F401
    _flush_with_cascade,
    axe,
    browser,
    browser_page,
    site,
)
from tests.factories import NewsIndexPageFactory, UserFactory
from tests.factories.cms import member_of


@pytest.fixture
def news_index(homes):
    return NewsIndexPageFactory(parent=homes["ar"], title="الأخبار", slug="news")


@pytest.fixture
def news_index_fr(homes):
    return NewsIndexPageFactory(parent=homes["fr"], title="Actualités", slug="news")


@pytest.fixture
def editor(db):
    return member_of(UserFactory(email="editor@example.org"), EDITORS)


@pytest.fixture
def moderator(db):
    return member_of(UserFactory(email="moderator@example.org"), MODERATORS)


@pytest.fixture
def secretariat(db):
    return member_of(UserFactory(email="secretariat@example.org"), SECRETARIAT)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client
