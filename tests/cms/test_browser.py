"""The editorial pages and the API docs in Chromium: axe, RTL, narrow screens, CSP."""

import re

import pytest

from cms.models import NewsKind
from tests.factories import (
    ImageFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    StandardPageFactory,
)

pytestmark = pytest.mark.browser


def _governance(homes):
    image = ImageFactory(description="Réunion du comité")
    body = [
        {"type": "heading", "value": {"text": "Les instances", "level": "h2"}},
        {"type": "paragraph", "value": "<p>Un comité de pilotage paritaire.</p>"},
        {
            "type": "image",
            "value": {"image": image.pk, "alt_text": "", "caption": "2022"},
        },
        {
            "type": "table",
            "value": {
                "data": [["Instance", "Membres"], ["Comité", "12"]],
                "first_row_is_table_header": True,
                "first_col_is_header": True,
                "table_caption": "Composition",
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Participer",
                "text": "Donnez votre avis.",
                "link": {"page": None, "url": "/fr/", "label": "Voir"},
            },
        },
        {
            "type": "article",
            "value": {"number": "1", "title": "Objet", "text": "<p>La charte.</p>"},
        },
    ]
    french = StandardPageFactory(
        parent=homes["fr"], title="Gouvernance", slug="gouvernance"
    )
    french.body = body
    french.save_revision().publish()
    arabic = french.copy_for_translation(homes["ar"].locale)
    arabic.title, arabic.slug = "الحكامة", "gouvernance"
    arabic.save_revision().publish()
    return french, arabic


def test_a_standard_page_with_every_block_is_accessible_in_both_directions(
    browser_page,
    site,
    axe,
):
    _governance(site)
    for url, direction in (("/fr/gouvernance/", "ltr"), ("/ar/gouvernance/", "rtl")):
        browser_page.goto(url)
        assert browser_page.locator("html").get_attribute("dir") == direction
        axe.assert_accessible(browser_page)


def test_the_switcher_leads_to_the_same_page_in_the_other_language(
    browser_page,
    site,
):
    _governance(site)
    browser_page.goto("/fr/gouvernance/")
    browser_page.locator('.language-switcher a[hreflang="ar"]').click()
    browser_page.wait_for_url(re.compile(r"/ar/gouvernance/$"))
    assert browser_page.locator("h1").inner_text() == "الحكامة"
    browser_page.locator('.language-switcher a[hreflang="en"]').click()
    browser_page.wait_for_url(re.compile(r"/en/$"))


def test_the_news_index_filters_with_a_plain_form_and_is_accessible(
    browser_page, site, axe
):
    index = NewsIndexPageFactory(
        parent=site["fr"], title="Actualités", slug="actualites"
    )
    NewsPageFactory(
        parent=index, title="Réunion du comité", kind=NewsKind.COMMITTEE_MEETINGS
    )
    NewsPageFactory(parent=index, title="Appel à candidatures", kind=NewsKind.CALLS)
    page = browser_page
    page.goto("/fr/actualites/")
    axe.assert_accessible(page)
    page.locator("#news-kind").select_option("calls")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url(re.compile(r"kind=calls"))
    assert page.get_by_text("Appel à candidatures").count() == 1
    assert page.get_by_text("Réunion du comité").count() == 0


def test_pages_fit_a_narrow_screen(browser_page, site):
    _governance(site)
    browser_page.set_viewport_size({"width": 360, "height": 740})
    for url in ("/ar/", "/fr/gouvernance/"):
        browser_page.goto(url)
        overflow = browser_page.evaluate(
            "document.documentElement.scrollWidth"
            " - document.documentElement.clientWidth"
        )
        assert overflow <= 0, url


def test_the_api_docs_run_under_the_content_security_policy(
    browser_page,
    site,
):
    problems = []
    browser_page.on(
        "console",
        lambda message: (
            problems.append(message.text) if message.type == "error" else None
        ),
    )
    browser_page.on("pageerror", lambda error: problems.append(str(error)))
    external = []
    browser_page.on(
        "request",
        lambda request: (
            external.append(request.url)
            if not request.url.startswith(("http://localhost", "data:", "blob:"))
            else None
        ),
    )
    browser_page.goto("/api/docs/")
    browser_page.locator(".swagger-ui .info .title").wait_for()
    assert (
        "Sharaka API" in browser_page.locator(".swagger-ui .info .title").inner_text()
    )
    browser_page.locator(".swagger-ui .opblock").first.wait_for()
    assert not [p for p in problems if "Content Security Policy" in p], problems
    assert not external, external
