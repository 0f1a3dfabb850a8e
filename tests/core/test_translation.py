"""``core.translation``: one row per language, read in the reader's language."""

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import Locale

import events.queries
import governance.queries
from core.translation import localized
from tests.factories import EventFactory


def test_localized_gives_the_translation_or_the_source_with_its_locale(homes):
    french = EventFactory(title="Atelier données ouvertes")
    arabic = french.copy_for_translation(Locale.objects.get(language_code="ar"))
    arabic.title = "ورشة البيانات المفتوحة"
    arabic.save()
    with translation.override("ar"):
        assert localized(french).pk == arabic.pk
    with translation.override("en"), CaptureQueriesContext(connection) as captured:
        shown = localized(french)
        assert shown.pk == french.pk
        before = len(captured)
        assert shown.locale.language_code == "fr"  # known: no query to mark it
        assert len(captured) == before


def test_the_modules_share_one_localized():
    assert not hasattr(events.queries, "localized")
    assert not hasattr(governance.queries, "localized")
