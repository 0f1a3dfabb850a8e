"""News feeds per language, the sitemap of every language, robots.txt."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import PageViewRestriction

from tests.factories import NewsPageFactory, StandardPageFactory
from tests.fixtures.xss import PAYLOADS, live_markup

pytestmark = pytest.mark.django_db
ATOM = "{http://www.w3.org/2005/Atom}"


def test_the_rss_feed_lists_the_news_of_its_language(client, news_index, news_index_fr):
    NewsPageFactory(parent=news_index, title="خبر", intro="ملخص")
    NewsPageFactory(parent=news_index_fr, title="Nouvelle")
    response = client.get("/ar/feeds/news.rss")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    rss = ET.fromstring(response.content)  # noqa: S314 (our own XML)
    channel = rss.find("channel")
    assert channel.findtext("language") == "ar"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["خبر"]
    assert items[0].findtext("description") == "ملخص"
    assert items[0].findtext("link").startswith("http://testserver/ar/news/")
    assert items[0].findtext("category")


def test_the_atom_feed_lists_the_french_news(client, news_index, news_index_fr):
    NewsPageFactory(parent=news_index_fr, title="Nouvelle")
    response = client.get("/fr/feeds/news.atom")
    assert response.status_code == 200
    feed = ET.fromstring(response.content)  # noqa: S314 (our own XML)
    assert feed.tag == f"{ATOM}feed"
    titles = [entry.findtext(f"{ATOM}title") for entry in feed.findall(f"{ATOM}entry")]
    assert titles == ["Nouvelle"]
    # The portal's name, not the software's.
    assert feed.findtext(f"{ATOM}title") == "Gouvernement ouvert Maroc : actualités"


def test_feeds_leave_out_drafts_and_private_news(client, news_index):
    NewsPageFactory(parent=news_index, title="Brouillon", live=False)
    private = NewsPageFactory(parent=news_index, title="Interne")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    body = client.get("/ar/feeds/news.rss").content.decode()
    assert "Brouillon" not in body and "Interne" not in body


def test_pages_link_their_feeds(client, homes):
    html = client.get("/fr/").content.decode()
    assert 'type="application/rss+xml"' in html and 'href="/fr/feeds/news.rss"' in html
    assert (
        'type="application/atom+xml"' in html and 'href="/fr/feeds/news.atom"' in html
    )


def _sitemap_locations(client) -> set[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    urlset = ET.fromstring(response.content)  # noqa: S314 (our own XML)
    return {url.findtext(f"{ns}loc") for url in urlset.iter(f"{ns}url")}


def test_the_sitemap_lists_the_pages_of_every_language(client, homes, settings):
    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.ma"
    StandardPageFactory(parent=homes["fr"], slug="gouvernance")
    StandardPageFactory(parent=homes["ar"], slug="hakama")
    StandardPageFactory(parent=homes["ar"], slug="draft", live=False)
    locations = _sitemap_locations(client)
    assert {
        "https://portal.example.ma/ar/",
        "https://portal.example.ma/fr/",
        "https://portal.example.ma/en/",
        "https://portal.example.ma/fr/gouvernance/",
        "https://portal.example.ma/ar/hakama/",
    } <= locations
    assert not any("draft" in location for location in locations)
    assert all(loc.startswith("https://portal.example.ma/") for loc in locations)


def test_the_sitemap_lists_every_module_public_records_and_nothing_private(
    client, homes, settings
):
    from tests.factories import (
        ConsultationFactory,
        EventFactory,
        LibraryDocumentFactory,
        OrganisationFactory,
        WorkingGroupFactory,
    )

    settings.WAGTAILADMIN_BASE_URL = "https://portal.example.ma"
    consultation = ConsultationFactory(slug="pan-2027")
    event = EventFactory()
    hidden_event = EventFactory(is_published=False)
    group = WorkingGroupFactory()
    organisation = OrganisationFactory()
    unverified = OrganisationFactory(verified=False, verified_at=None)
    document = LibraryDocumentFactory()
    locations = _sitemap_locations(client)
    base = "https://portal.example.ma"
    for code in ("ar", "fr", "en"):
        assert f"{base}/{code}/consultations/{consultation.slug}/" in locations
        assert f"{base}/{code}/events/{event.pk}/" in locations
        assert f"{base}/{code}/working-groups/{group.slug}/" in locations
        assert f"{base}/{code}/organisations/{organisation.slug}/" in locations
        assert f"{base}/{code}/library/{document.pk}/" in locations
    assert not any(f"/events/{hidden_event.pk}/" in loc for loc in locations)
    assert not any(f"/organisations/{unverified.slug}/" in loc for loc in locations)


def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_private_areas(
    client, db, settings
):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert f"Sitemap: {settings.WAGTAILADMIN_BASE_URL}/sitemap.xml" in body
    for path in ("/admin/", "/api/", "/*/account/"):
        assert f"Disallow: {path}" in body


def test_the_news_feeds_escape_what_editors_typed_in_a_summary(client, news_index_fr):
    for number, payload in enumerate(PAYLOADS[:8]):
        NewsPageFactory(parent=news_index_fr, title=f"Nouvelle {number}", intro=payload)
    rss = ET.fromstring(client.get("/fr/feeds/news.rss").content)  # noqa: S314
    for item in rss.find("channel").findall("item"):
        assert live_markup(item.findtext("description")) == []
    atom = ET.fromstring(client.get("/fr/feeds/news.atom").content)  # noqa: S314
    for summary in atom.iter("{http://www.w3.org/2005/Atom}summary"):
        assert live_markup(summary.text) == []


def test_the_news_feeds_carry_no_markup_from_a_title(client, news_index_fr):
    """Readers show an RSS title as HTML too: a headline's tags are removed (a
    title with none, "a < b & c", is unchanged)."""
    for number, payload in enumerate(PAYLOADS[:12]):
        NewsPageFactory(parent=news_index_fr, title=f"Nouvelle {number} {payload}")
    NewsPageFactory(parent=news_index_fr, title="Budget < 2025 & après")
    rss = ET.fromstring(client.get("/fr/feeds/news.rss").content)  # noqa: S314
    titles = [item.findtext("title") for item in rss.iter("item")]
    atom = ET.fromstring(client.get("/fr/feeds/news.atom").content)  # noqa: S314
    titles += [t.text for t in atom.iter("{http://www.w3.org/2005/Atom}title")]
    assert titles.count("Budget < 2025 & après") == 2
    assert len(titles) == 2 * 13 + 1  # and the Atom feed's own title
    for title in titles:
        assert live_markup(title) == [], title
        assert "__xss" not in title, title
