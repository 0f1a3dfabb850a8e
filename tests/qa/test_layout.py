"""Layout regressions seen in a real browser: what a crawl of the HTML cannot see.

The main menu ran into the screen edge at desktop width (its list reset cancelled the
container's side padding), and on phones the hidden honeypot field and the calendar
feed address widened the page so that it scrolled sideways.
"""

import pytest

from tests.fixtures.browser import browser_db

pytestmark = [pytest.mark.browser, browser_db]

PAGE_WIDTH = """() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
})"""

MENU_EDGES = """() => {
    const links = [...document.querySelectorAll('.main-nav a')];
    const boxes = links.map(link => link.getBoundingClientRect());
    return {
        width: document.documentElement.clientWidth,
        left: Math.min(...boxes.map(box => box.left)),
        right: Math.max(...boxes.map(box => box.right)),
    };
}"""


@pytest.fixture
def site(db):
    from demo.site import ensure_site

    return ensure_site(hostname="localhost")


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_main_menu_keeps_a_margin_from_both_screen_edges_on_a_desktop(
    site, browser_page, language
):
    from tests.factories.cms import MenuItemFactory, _locale

    for label in (
        "Gouvernance",
        "Société civile",
        "Consultations",
        "Groupes de travail",
    ):
        MenuItemFactory(label=label, locale=_locale(language))
    browser_page.set_viewport_size({"width": 1200, "height": 800})
    browser_page.goto(f"/{language}/")
    edges = browser_page.evaluate(MENU_EDGES)
    assert edges["left"] >= 16, edges
    assert edges["right"] <= edges["width"] - 16, edges


@pytest.mark.parametrize(
    "path",
    [
        "/ar/consultations/general-box/contribute/",
        "/fr/consultations/general-box/contribute/",
        "/ar/events/calendar/",
        "/fr/events/calendar/",
    ],
)
def test_pages_with_a_honeypot_or_a_feed_address_do_not_scroll_sideways_on_a_phone(
    site, browser_page, path
):
    browser_page.set_viewport_size({"width": 390, "height": 844})
    response = browser_page.goto(path)
    assert response.status == 200
    width = browser_page.evaluate(PAGE_WIDTH)
    assert width["scroll"] <= width["client"], width
