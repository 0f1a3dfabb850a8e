"""A news translation keeps its own tags (issue 13): a tag is a word of one
language, and wagtail-localize's sync copied the source page's tags over the
translation's ("Arabic tags on French pages")."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from cms.models import NewsPage
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def _sync(page, locale):
    source, _created = TranslationSource.update_or_create_from_instance(page)
    source.create_or_update_translation(locale, fallback=True)


def test_syncing_a_news_translation_keeps_its_own_tags(news_index, homes):
    french_locale = Locale.objects.get(language_code="fr")
    _sync(news_index, french_locale)
    news = NewsPageFactory(parent=news_index)
    news.tags.set(["الشفافية"])
    news.save_revision().publish()
    _sync(news, french_locale)
    french = news.get_translation(french_locale).specific
    french.tags.set(["transparence"])
    french.save_revision().publish()

    news = NewsPage.objects.get(pk=news.pk)
    news.title = "عنوان جديد"
    news.save_revision().publish()
    _sync(news, french_locale)
    assert list(NewsPage.objects.get(pk=french.pk).tags.names()) == ["transparence"]
