"""Fixtures of the editorial tests: a news section per language."""

import pytest

from tests.factories import NewsIndexPageFactory


@pytest.fixture
def news_index(homes):
    return NewsIndexPageFactory(parent=homes["ar"], title="الأخبار", slug="news")


@pytest.fixture
def news_index_fr(homes):
    return NewsIndexPageFactory(parent=homes["fr"], title="Actualités", slug="news")
