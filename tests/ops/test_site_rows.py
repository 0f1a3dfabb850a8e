"""The rows every page asks for (site, locales, view restrictions, root paths) and
the language links are shared by every process, and follow every change to them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale, PageViewRestriction

from frontend.templatetags import portal
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

SHARED_TABLES = (
    "wagtailcore_site",
    "wagtailcore_locale",
    "wagtailcore_pageviewrestriction",
)


def _tables_read(client, path):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path)
    assert response.status_code == 200
    return [q["sql"] for q in queries.captured_queries], response


def test_a_page_not_cached_reads_no_site_locale_or_restriction_row(
    client, homes, monkeypatch
):
    page = StandardPageFactory(parent=homes["fr"], title="Charte", slug="charte")
    client.get(page.url)  # the shared rows and the language links are stored
    made = []
    original = portal._language_links
    monkeypatch.setattr(
        portal, "_language_links", lambda *args: made.append(1) or original(*args)
    )
    sql, response = _tables_read(client, page.url + "?utm_source=lettre")
    assert "Charte" in response.content.decode()
    read = [table for table in SHARED_TABLES for query in sql if table in query]
    assert read == []
    assert made == []  # the language links came from the shared fragment


def test_a_view_restriction_added_applies_at_once(client, homes):
    page = StandardPageFactory(parent=homes["fr"], title="Comité", slug="comite")
    assert client.get(page.url).status_code == 200
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(page.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]


def test_a_restriction_above_a_page_still_applies(client, homes):
    section = StandardPageFactory(parent=homes["fr"], title="Espace", slug="espace")
    PageViewRestriction.objects.create(
        page=section, restriction_type=PageViewRestriction.LOGIN
    )
    child = StandardPageFactory(parent=section, title="Procès-verbal", slug="pv")
    assert client.get(child.url).status_code == 302


def test_a_published_translation_shows_in_the_language_links(client, homes):
    page = StandardPageFactory(parent=homes["fr"], title="Guide", slug="guide")
    html = client.get(page.url).content.decode()
    assert '<link rel="alternate" hreflang="ar"' not in html
    translation = page.copy_for_translation(Locale.objects.get(language_code="ar"))
    translation.title = "دليل"
    translation.save_revision().publish()
    html = client.get(page.url).content.decode()
    alternate = f'hreflang="ar" href="http://testserver{translation.url}"'
    assert f'<link rel="alternate" {alternate}>' in html
