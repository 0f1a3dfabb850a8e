"""The rows every page asks for (site, locales, view restrictions, root paths) and
the language links are shared by every process, and follow every change to them."""

from unittest import mock

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


def test_the_route_to_a_page_is_shared_and_follows_every_change(client, homes):
    page = StandardPageFactory(parent=homes["fr"], title="Charte", slug="charte")
    assert client.get("/fr/charte/").status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/fr/charte/?from=newsletter").status_code == 200
    sql = [q["sql"] for q in queries.captured_queries]
    # No route (the slug, the page's own row), and the breadcrumb's ancestors are
    # part of the page's stored body.
    assert sql == []
    page.slug = "charte-2026"
    page.save_revision().publish()
    assert client.get("/fr/charte/").status_code == 404
    assert client.get("/fr/charte-2026/").status_code == 200
    page.unpublish()
    assert client.get("/fr/charte-2026/").status_code == 404


def test_an_address_that_leads_nowhere_stores_nothing(client, homes):
    from django.core.cache import cache

    before = set(getattr(cache, "_cache", {}))
    assert client.get("/fr/nulle-part/").status_code == 404
    added = [
        key for key in set(getattr(cache, "_cache", {})) - before if "route" in key
    ]
    assert added == []


def test_a_page_with_no_restriction_anywhere_compiles_no_restriction_query(
    client, homes
):
    from django.db.models.sql.compiler import SQLCompiler

    page = StandardPageFactory(parent=homes["fr"], title="Ouvert", slug="ouvert")
    client.get(page.url)  # the shared rows are stored
    compiled = []
    original = SQLCompiler.as_sql

    def as_sql(self, *args, **kwargs):
        compiled.append(self.query.model)
        return original(self, *args, **kwargs)

    with mock.patch.object(SQLCompiler, "as_sql", as_sql):
        response = client.get(page.url + "?utm_source=lettre")
    assert "Ouvert" in response.content.decode()
    assert PageViewRestriction not in compiled
