"""The editorial demo content built from the seeds (``cms.demo.content``)."""

import re

import pytest
from django.core.management import call_command
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation, Translation

from cms.demo import content
from cms.models import (
    ContactSettings,
    FooterContent,
    GuidePage,
    HomePage,
    MenuItem,
    NewsKind,
    NewsPage,
    StandardPage,
    UsefulLink,
)
from demo.data import charter, civil_society, meeting_2022

pytestmark = pytest.mark.django_db

PATHS = [
    "",
    "governance/",
    "governance/steering-committee-charter/",
    "civil-society/",
    "civil-society/useful-links/",
    "news/",
    "news/call-for-applications-steering-committee-2024-2027/",
    "news/cote-d-ivoire-parliamentary-delegation-2024/",
    "news/steering-committee-2024-2027-selection-results/",
    "guides/",
    "guides/submit-a-proposal-or-observation/",
    "guides/join-a-working-group/",
    "guides/steering-committee-selection/",
]


@pytest.fixture(scope="module")
def demo_module(django_db_setup, django_db_blocker):
    """Load the demo once for the module, inside a transaction rolled back at the end.

    Each test still runs in its own savepoint (pytest-django's ``db``), so tests that
    change the content do not affect the others. Loading takes seconds: once is enough.
    """
    from demo.site import ensure_site

    with django_db_blocker.unblock(), transaction.atomic():
        homes = ensure_site(hostname="testserver")
        content.load(homes=homes)
        yield homes
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_module, db):
    return demo_module


def page_at(language: str, path: str) -> Page:
    url_path = f"/home{'' if language == 'ar' else '-' + language}/{path}"
    return Page.objects.get(url_path=url_path, locale__language_code=language).specific


def stream_of(page, block_type: str) -> list:
    return [block.value for block in page.body if block.block_type == block_type]


def counts() -> dict[str, int]:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "menu": MenuItem.objects.count(),
        "footer": FooterContent.objects.count(),
        "links": UsefulLink.objects.count(),
        "tags": NewsPage.tags.through.objects.count(),
        "translations": Translation.objects.count(),
        "translated strings": StringTranslation.objects.count(),
    }


def test_every_page_exists_and_is_live_in_arabic_and_french(demo):
    for language in ("ar", "fr"):
        for path in PATHS:
            page = page_at(language, path)
            assert page.live, (language, path)
            assert page.locale.language_code == language


def test_the_french_pages_are_translations_of_the_arabic_pages(demo):
    for path in PATHS:
        arabic, french = page_at("ar", path), page_at("fr", path)
        assert arabic.translation_key == french.translation_key
        assert arabic.get_translation(french.locale).pk == french.pk
        assert arabic.title != french.title
        # ... for wagtail-localize too (tests/cms/test_demo_translations.py).
        assert Translation.objects.filter(
            source__object_id=arabic.translation_key,
            source__locale=arabic.locale,
            target_locale=french.locale,
        ).exists()


def test_every_page_renders_in_both_languages_without_lorem_ipsum(demo, client):
    for language in ("ar", "fr"):
        for path in PATHS:
            response = client.get(f"/{language}/{path}")
            assert response.status_code == 200, (language, path)
            html = response.content.decode()
            assert "Lorem" not in html and "ipsum" not in html
            assert f'<html lang="{language}"' in html


def test_the_language_switcher_leads_from_the_charter_to_its_translation(demo, client):
    html = client.get("/ar/governance/steering-committee-charter/").content.decode()
    assert 'href="/fr/governance/steering-committee-charter/" lang="fr"' in html


def test_the_home_page_shows_the_cycle_objectives_latest_news_and_calls(demo, client):
    expected = {
        "ar": [
            "الإعداد المشترك",
            "التنفيذ المشترك",
            "التتبع المشترك",
            "التقييم المشترك",
        ],
        "fr": [
            "Préparation conjointe",
            "Mise en œuvre conjointe",
            "Suivi conjoint",
            "Évaluation conjointe",
        ],
    }
    for language, steps in expected.items():
        home = HomePage.objects.get(locale__language_code=language)
        assert [step.value["title"] for step in home.cycle] == steps
        assert len(home.objectives) == 3
        html = client.get(f"/{language}/").content.decode()
        for step in steps:
            assert step in html
        for objective in home.objectives:
            assert escape(objective.value["title"]) in html
        news = home.latest_news()
        assert len(news) == 3 and news[0].date.isoformat() == "2024-09-27"
        assert news[0].title in html
        for address in ("consultations/general-box/", "working-groups/", "events/"):
            assert f'href="/{language}/{address}"' in html


def test_the_english_home_page_has_english_text(demo, client):
    html = client.get("/en/").content.decode()
    assert "Joint preparation" in html and "Open Government Morocco" in html
    assert "Results of the selection of the associations" in html  # latest news


def test_the_charter_has_its_thirteen_articles_in_arabic_and_french(demo):
    for language in ("ar", "fr"):
        page = page_at(language, "governance/steering-committee-charter/")
        articles = stream_of(page, "article")
        assert [a["number"] for a in articles] == [str(n) for n in range(1, 14)]
        assert all(a["title"] and len(a["text"].source) > 100 for a in articles)
    arabic = page_at("ar", "governance/steering-committee-charter/")
    assert stream_of(arabic, "article")[2]["title"] == "تشكيلة لجنة الإشراف"


def test_the_charter_keeps_the_selection_grid_and_the_rules_of_the_seed():
    text = charter.plain_text("fr")
    for rule in ("(20 points)", "(15 points)", "(5 points)", "10 points", "deux ans"):
        assert rule in text
    arabic = charter.plain_text("ar")
    assert "ثلاثة اجتماعات" in arabic and "ولايتين متتاليتين" in arabic


def test_the_plain_texts_have_their_headings_on_their_own_lines():
    for language, label in (("ar", "المادة {n}: "), ("fr", "Article {n} : ")):
        lines = charter.plain_text(language).splitlines()
        assert lines[0] == charter.TITLE[language]
        for article in charter.ARTICLES:
            heading = label.format(n=article["number"]) + article["title"][language]
            assert heading in lines
        report = meeting_2022.plain_text(language).splitlines()
        assert report[0] == meeting_2022.TITLE[language]
        for key in ("date", "place", "participants", "agenda", "agreed"):
            assert meeting_2022.LABELS[language][key] in report


def test_the_plain_texts_exist_only_in_arabic_and_french():
    with pytest.raises(ValueError):
        charter.plain_text("en")
    with pytest.raises(ValueError):
        meeting_2022.plain_text("de")


def test_the_arabic_texts_have_no_pdf_extraction_debris():
    """Seeds 002 and 003 had detached letters and cut words: none may remain."""
    for text in (charter.plain_text("ar"), meeting_2022.plain_text("ar")):
        assert "  " not in text
        words = set(re.findall(r"[\u0621-\u0652]+", text))
        assert not words & {"اف", "مي", "ي", "ف", "ى", "ت", "اكة", "الشر"}
        assert not [word for word in words if len(word) == 1 and word != "و"]
        assert "الإشراف" in text and "لجنة" in text


def test_the_governance_page_leads_to_the_bodies_and_the_2022_meeting(demo, client):
    """The 2022 report is the governance module's meeting, not a page of its own
    (tests/governance/test_demo.py checks that meeting's page)."""
    for language in ("ar", "fr"):
        assert not StandardPage.objects.filter(
            slug=meeting_2022.SLUG, locale__language_code=language
        ).exists()
        html = client.get(f"/{language}/governance/").content.decode()
        meeting = f"/{language}/governance/meetings/{meeting_2022.SLUG}/"
        assert f'href="{meeting}"' in html
        assert f'href="/{language}/governance/bodies/"' in html


def test_an_earlier_demos_meeting_page_is_retired_with_a_redirect(demo, client):
    from wagtail.contrib.redirects.models import Redirect

    governance_page = page_at("fr", "governance/")
    old = StandardPage(title="Ancien compte rendu", slug=meeting_2022.SLUG)
    governance_page.add_child(instance=old)
    old.save_revision().publish()
    content.load(homes=demo)
    assert not StandardPage.objects.filter(pk=old.pk).exists()
    redirect = Redirect.objects.get(old_path=f"/fr/governance/{meeting_2022.SLUG}")
    assert redirect.link == f"/fr/governance/meetings/{meeting_2022.SLUG}/"


def test_the_participation_channels_lead_to_the_modules(demo, client):
    for language in ("ar", "fr"):
        page = page_at(language, "civil-society/")
        calls = stream_of(page, "call_to_action")
        titles = [call["title"] for call in calls]
        for channel in civil_society.CHANNELS:
            assert channel[language][0] in titles
        html = client.get(f"/{language}/civil-society/").content.decode()
        for address in (
            f"/{language}/consultations/general-box/",
            f"/{language}/consultations/",
            f"/{language}/working-groups/",
            f"/{language}/events/",
            f"/{language}/civil-society/useful-links/",
            f"/{language}/calls/steering-committee-2024/",
        ):
            assert f'href="{address}"' in html, address


def test_the_useful_links_are_translated_snippets_shown_on_their_page(demo, client):
    for language in ("ar", "fr"):
        links = UsefulLink.objects.filter(locale__language_code=language)
        assert links.count() == len(civil_society.USEFUL_LINKS)
        assert all(link.description for link in links)
    arabic = UsefulLink.objects.get(locale__language_code="ar", url__contains="chikaya")
    french = UsefulLink.objects.get(
        translation_key=arabic.translation_key, locale__language_code="fr"
    )
    assert "réclamations" in french.title
    html = client.get("/fr/civil-society/useful-links/").content.decode()
    for domain in (
        "chikaya.ma",
        "eparticipation.ma",
        "chafafiya.ma",
        "data.gov.ma",
        "opengovpartnership.org",
    ):
        assert domain in html


def test_the_news_items_have_their_dates_kinds_and_tags_in_each_language(demo):
    for language in ("ar", "fr"):
        news = NewsPage.objects.filter(locale__language_code=language).order_by("date")
        assert [n.date.isoformat() for n in news] == [
            "2024-08-13",
            "2024-09-26",
            "2024-09-27",
        ]
        assert [n.kind for n in news] == [
            NewsKind.CALLS,
            NewsKind.INTERNATIONAL,
            NewsKind.CALLS,
        ]
        assert all(n.tags.count() >= 2 for n in news)
        text = "".join(str(n.body) for n in news)
        assert "..." not in text and "…" not in text
    french_tags = set(
        NewsPage.objects.filter(locale__language_code="fr").values_list(
            "tags__name", flat=True
        )
    )
    assert "comité de pilotage" in french_tags


def test_the_guides_exist_in_both_languages_and_link_to_their_module(demo, client):
    for language in ("ar", "fr"):
        assert (
            GuidePage.objects.live().filter(locale__language_code=language).count() == 3
        )
    html = client.get("/fr/guides/submit-a-proposal-or-observation/").content.decode()
    assert 'href="/fr/consultations/general-box/"' in html
    html = client.get("/ar/guides/steering-committee-selection/").content.decode()
    assert 'href="/ar/governance/steering-committee-charter/"' in html


def test_the_governance_page_presents_the_three_bodies(demo, client):
    for language, bodies in (
        ("ar", ["لجنة الإشراف", "لجنة التنفيذ", "فضاء المجتمع المدني"]),
        (
            "fr",
            [
                "Comité de pilotage",
                "Comité de mise en œuvre",
                "Espace de la société civile",
            ],
        ),
    ):
        page = page_at(language, "governance/")
        headings = [h["text"] for h in stream_of(page, "heading")]
        for body in bodies:
            assert body in headings
        html = client.get(f"/{language}/governance/").content.decode()
        charter_page = page_at(language, "governance/steering-committee-charter/")
        assert f'href="{charter_page.url}"' in html


def test_the_menu_footer_and_contact_exist_per_language(demo, client):
    for language, address in (
        ("ar", "شارع الحاج أحمد الشرقاوي"),
        ("fr", "Avenue Al Haj Ahmed Cherkaoui"),
    ):
        items = MenuItem.objects.filter(locale__language_code=language)
        assert items.count() == 7
        html = client.get(f"/{language}/").content.decode()
        for item in items:
            assert f'href="{item.url}"' in html
        assert f'href="/{language}/consultations/"' in html
        assert address in html
        assert "ogpmaroc@mmsp.gov.ma" in html
        assert "https://www.facebook.com/MRAFPMaroc" in html
    arabic = MenuItem.objects.get(locale__language_code="ar", link_url="/ar/events/")
    assert arabic.get_translation(MenuItem.objects.get(link_url="/fr/events/").locale)
    contact = ContactSettings.objects.get()
    assert contact.email == "ogpmaroc@mmsp.gov.ma"


def test_loading_twice_changes_and_duplicates_nothing(demo):
    before = counts()
    summary = content.load(homes=demo)
    assert summary == "0 created, 0 updated"
    assert counts() == before


def test_a_page_an_editor_changed_is_not_overwritten_by_a_reload(demo, admin_user):
    page = page_at("fr", "governance/")
    page.intro = "Texte revu par l'équipe éditoriale."
    page.save_revision(user=admin_user).publish()
    content.load(homes=demo)
    assert page_at("fr", "governance/").intro == "Texte revu par l'équipe éditoriale."


def test_snippets_an_editor_changed_are_kept_and_not_duplicated(demo):
    item = MenuItem.objects.get(locale__language_code="fr", link_url="/fr/events/")
    item.label, item.link_url = "Agenda", "/fr/events/calendar/"
    item.save()
    link = UsefulLink.objects.get(locale__language_code="ar", url__contains="chikaya")
    link.url = "https://www.chikaya.ma/ar/"
    link.save()
    before = counts()
    content.load(homes=demo)
    assert counts() == before
    item.refresh_from_db()
    assert (item.label, item.link_url) == ("Agenda", "/fr/events/calendar/")


def test_the_load_demo_command_builds_the_portal(db, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path  # the library's demo writes PDFs
    call_command("load_demo", hostname="testserver")
    assert StandardPage.objects.filter(slug="steering-committee-charter").count() == 2
    pages = Page.objects.count()
    translations = Translation.objects.filter(enabled=True).count()
    assert translations
    call_command("load_demo", hostname="testserver")
    assert Page.objects.count() == pages
    assert Translation.objects.filter(enabled=True).count() == translations


def test_the_charter_links_to_its_pdfs_in_the_library(db, client, settings, tmp_path):
    """The library makes PDFs from plain_text(); page and PDF link both ways (the
    2022 report's PDFs belong to its meeting: tests/governance/test_demo.py)."""
    from documents.models import LibraryDocument

    settings.MEDIA_ROOT = tmp_path

    call_command("load_demo", hostname="testserver")
    for language in ("ar", "fr"):
        page = page_at(language, "governance/steering-committee-charter/")
        document = LibraryDocument.objects.get(related_pages=page)
        html = client.get(page.url).content.decode()
        assert f'href="/{language}/library/{document.pk}/"' in html


def test_the_demo_has_legal_pages_linked_from_every_footer(db, client):
    call_command("load_demo", hostname="testserver", stdout=open("/dev/null", "w"))
    for code, title in (
        ("ar", "حماية المعطيات الشخصية"),
        ("fr", "Protection des données personnelles"),
        ("en", "Personal data protection"),
    ):
        html = client.get(f"/{code}/").content.decode()
        footer = html.split('class="site-footer"')[1]
        assert title in footer, code
        page = client.get(f"/{code}/personal-data/")
        assert page.status_code == 200
        assert "09" in page.content.decode()  # Law 09-08
