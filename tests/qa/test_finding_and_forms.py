"""Finding and using, in a real browser at a phone's (390 px) and a desktop's
(1280 px) width: the header search, folded filters, the error summary's focus and
the size of targets, each page checked with axe-core; and the same without
JavaScript."""

import re
import time

import pytest
from django.core import signing
from django.utils import translation

from tests.fixtures.browser import browser_db

pytestmark = [pytest.mark.browser, browser_db]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# Interactive controls outside running text must offer at least 24 x 24 px
# (WCAG 2.5.8); links inside sentences are exempt.
SMALL_TARGETS = """() => {
    const selector = [
        'button', 'input:not([type=hidden]):not(.honeypot)', 'select', 'textarea',
        'summary', '.language-switcher a', '.account-nav a', '.search-toggle',
        '.pagination a', '.main-nav a', 'a.button', '.facet label',
    ].join(',');
    return [...document.querySelectorAll(selector)]
        .filter(el => el.offsetParent !== null)
        .map(el => ({el, box: el.getBoundingClientRect()}))
        .filter(({box}) => box.width > 0 && (box.height < 24 || box.width < 24))
        .map(({el, box}) => `${el.tagName}.${el.className} ${box.width}x${box.height}`);
}"""


@pytest.fixture
def indexed(site):
    from search.engines.database import DatabaseEngine
    from search.registry import Entry

    engine = DatabaseEngine()
    engine.clear()
    engine.add_many(
        [
            Entry(
                source="page",
                object_id=str(i),
                locale="ar",
                title=f"ميزانية مفتوحة {i}",
                body="نشر معطيات الميزانية بصيغة مفتوحة",
                url=f"/ar/p{i}/",
                facets={
                    "category": [f"category-{i % 4}"],
                    "year": [str(2020 + i % 5)],
                    "tags": [f"tag-{i % 6}", f"label-{i % 7}"],
                },
            )
            for i in range(30)
        ]
    )
    return engine


@pytest.fixture
def consultation(site):
    from tests.factories import ConsultationFactory

    return ConsultationFactory(slug="budget", title="Budget ouvert")


# --- The header search ------------------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_on_a_phone_the_search_button_unfolds_the_field(
    site, browser_page, axe, language
):
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto(f"/{language}/")
    form = page.locator("header form.header-search")
    toggle = page.locator("header .search-toggle")
    assert form.is_hidden()
    assert toggle.is_visible()
    assert toggle.get_attribute("aria-expanded") == "false"
    assert toggle.get_attribute("aria-controls") == "header-search"
    toggle.click()
    assert form.is_visible()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.evaluate("document.activeElement.id") == "header-search-q"
    assert not page.evaluate(SMALL_TARGETS)
    width = page.evaluate("[document.documentElement.scrollWidth, innerWidth]")
    assert width[0] <= width[1]
    axe.assert_accessible(page)
    page.keyboard.type("ميزانية" if language == "ar" else "budget")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"/{language}/search/\?q="))
    assert page.locator("main #search-q").input_value() in ("ميزانية", "budget")
    # Escape folds it again and gives the focus back to the button.
    page.goto(f"/{language}/")
    page.locator("header .search-toggle").click()
    page.keyboard.press("Escape")
    assert page.locator("header form.header-search").is_hidden()
    assert page.evaluate("document.activeElement.classList.contains('search-toggle')")


def test_on_a_desktop_the_search_field_is_in_the_header(site, browser_page, axe):
    page = browser_page
    page.set_viewport_size(DESKTOP)
    page.goto("/ar/")
    assert page.locator("header .search-toggle").is_hidden()
    field = page.locator("header #header-search-q")
    assert field.is_visible()
    brand = page.locator("header .brand").bounding_box()
    box = field.bounding_box()
    # In the same bar as the brand, on its inline-end side (left in Arabic).
    assert abs(box["y"] - brand["y"]) < brand["height"]
    assert box["x"] + box["width"] < brand["x"]
    assert not page.evaluate(SMALL_TARGETS)
    axe.assert_accessible(page)
    field.fill("ميزانية")
    field.press("Enter")
    page.wait_for_url(re.compile(r"/ar/search/\?q="))


def test_without_javascript_the_search_button_opens_the_search_page(
    site, browser, live_server
):
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, viewport=PHONE
    )
    try:
        page = context.new_page()
        page.goto("/fr/events/")
        page.locator("header .search-toggle").click()
        page.wait_for_url(re.compile(r"/fr/search/$"))
        assert page.locator("main #search-q").is_visible()
        # The filters of a list still open with a tap.
        page.goto("/fr/events/")
        page.locator("main details.filter-panel > summary").click()
        assert page.locator("#ev-kind").is_visible()
    finally:
        context.close()


# --- Folded filters ----------------------------------------------------------------


def test_on_a_phone_search_results_come_before_the_filters(indexed, browser_page, axe):
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto("/ar/search/?q=ميزانية")
    panel = page.locator("main details.filter-panel")
    assert panel.get_attribute("open") is None
    assert page.locator("main .facet").first.is_hidden()
    first = page.locator(".search-hit").first.bounding_box()
    assert first["y"] + 40 < PHONE["height"], "the first result is on the first screen"
    assert not page.evaluate(SMALL_TARGETS)
    axe.assert_accessible(page)
    panel.locator("summary").click()
    assert page.locator("main .facet").first.is_visible()
    # A chosen filter is applied from inside the panel, and counted in its summary.
    page.locator("main .facet input[name=category]").first.check()
    page.locator("main .filter-panel button[type=submit]").click()
    page.wait_for_url(re.compile(r"category="))
    assert page.locator("main .filter-panel summary .filter-count").is_visible()
    assert page.locator("main details.filter-panel").get_attribute("open") is None
    axe.assert_accessible(page)


def test_on_a_desktop_search_filters_sit_beside_the_results(indexed, browser_page, axe):
    page = browser_page
    page.set_viewport_size(DESKTOP)
    page.goto("/ar/search/?q=ميزانية")
    panel = page.locator("main details.filter-panel")
    page.wait_for_function(
        "document.querySelector('details.filter-panel').open === true"
    )
    filters = panel.bounding_box()
    results = page.locator(".search-results").bounding_box()
    # Side by side, the filters on the inline-start side (right in Arabic).
    assert filters["x"] > results["x"] + results["width"] - 1
    assert abs(filters["y"] - results["y"]) < 40
    assert not page.evaluate(SMALL_TARGETS)
    axe.assert_accessible(page)


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_no_list_makes_a_reader_scroll_past_two_screens_of_filters(
    site, browser_page, axe, viewport
):
    from tests.factories import (
        ConsultationFactory,
        EventFactory,
        LibraryDocumentFactory,
        OrganisationFactory,
    )

    ConsultationFactory()
    EventFactory()
    OrganisationFactory()
    for i in range(12):
        document = LibraryDocumentFactory(title=f"Rapport {i}")
        document.tags.add(f"thème-{i}", f"sujet-{i}")
    page = browser_page
    page.set_viewport_size(viewport)
    for path, first_result in [
        ("/ar/consultations/", ".consultation-card"),
        ("/ar/library/", ".document-item"),
        ("/fr/events/", ".event-item"),
        ("/fr/organisations/", ".org-card"),
    ]:
        page.goto(path)
        top = page.locator(first_result).first.bounding_box()["y"]
        assert top < 2 * viewport["height"], path
        if viewport is PHONE:
            assert top < viewport["height"], path
        assert not page.evaluate(SMALL_TARGETS), path
        axe.assert_accessible(page)


# --- The error summary -------------------------------------------------------------


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
@pytest.mark.parametrize("language", ["ar", "fr"])
def test_a_form_with_mistakes_focuses_its_error_summary(
    consultation, browser_page, axe, viewport, language
):
    page = browser_page
    page.set_viewport_size(viewport)
    page.goto(f"/{language}/consultations/budget/contribute/")
    # The form refuses what is sent too fast (anti-robot): pretend 30 s went by.
    started = signing.dumps(time.time() - 30, salt="form-started")
    page.evaluate(
        "value => { document.querySelector('input[name=started]').value = value; }",
        started,
    )
    page.locator("form.contribution-form button[type=submit]").click()
    page.wait_for_load_state()
    summary = page.locator(".error-summary")
    assert summary.is_visible()
    assert page.evaluate(
        "document.activeElement === document.querySelector('.error-summary')"
    )
    with translation.override(language):
        assert page.title().startswith(translation.gettext("Error:") + " ")
    box = summary.bounding_box()
    assert box["y"] >= 0 and box["y"] < viewport["height"], "the summary is in view"
    assert not page.evaluate(SMALL_TARGETS)
    axe.assert_accessible(page)
    # A link of the summary puts the focus in its field.
    link = summary.locator("a[href='#id_title']")
    link.click()
    assert page.evaluate("document.activeElement.id") == "id_title"
    page.keyboard.type("Données ouvertes")
    assert page.locator("#id_title").input_value() == "Données ouvertes"


def test_a_wrong_password_at_sign_in_focuses_the_summary(site, browser_page, axe):
    from tests.factories import UserFactory

    user = UserFactory()
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto("/ar/accounts/login/")
    page.locator("#id_login").fill(user.email)
    page.locator("#id_password").fill("wrong-password")
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert page.evaluate(
        "document.activeElement === document.querySelector('.error-summary')"
    )
    axe.assert_accessible(page)


# --- What happens next ---------------------------------------------------------------


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_after_registering_for_an_event_the_page_says_check_your_email(
    site, browser_page, axe, viewport
):
    from tests.factories import EventFactory

    event = EventFactory(capacity=5)
    page = browser_page
    page.set_viewport_size(viewport)
    page.goto(f"/ar/events/{event.pk}/")
    page.locator("#id_name").fill("سلمى الإدريسي")
    page.locator("#id_email").fill("salma@example.org")
    page.locator("form.register-form button[type=submit]").click()
    page.wait_for_load_state()
    steps = page.locator("section.next-steps")
    assert steps.is_visible()
    assert "salma@example.org" in steps.inner_text()
    box = steps.bounding_box()
    assert box["y"] < viewport["height"], "the next steps are on the first screen"
    axe.assert_accessible(page)


def test_after_contributing_without_an_account_the_page_says_check_your_email(
    consultation, browser_page, axe
):
    page = browser_page
    page.set_viewport_size(PHONE)
    page.goto("/fr/consultations/budget/contribute/")
    page.evaluate(
        "value => { document.querySelector('input[name=started]').value = value; }",
        signing.dumps(time.time() - 30, salt="form-started"),
    )
    page.locator("#id_kind_0").check()
    page.locator("#id_title").fill("Données budgétaires ouvertes")
    page.locator("#id_body").fill("Publier les données du budget chaque trimestre.")
    page.locator("#id_language input[value=fr]").check()
    page.locator("#id_author_name").fill("Salma")
    page.locator("#id_author_email").fill("salma@example.org")
    page.locator("#id_accept").check()
    page.locator("form.contribution-form button[type=submit]").click()
    page.wait_for_load_state()
    steps = page.locator("section.next-steps")
    assert steps.is_visible()
    assert "salma@example.org" in steps.inner_text()
    axe.assert_accessible(page)
