"""The main menu on phones: one compact row, every link reachable by keyboard.

With seven links it used to stack into a ~300px column at the top of every page.
"""

import pytest

from tests.fixtures.browser import browser_db

pytestmark = [pytest.mark.browser, browser_db]

LABELS = {
    "fr": [
        "Accueil",
        "Gouvernance",
        "Société civile",
        "Consultations",
        "Groupes de travail",
        "Événements",
        "Bibliothèque",
    ],
    "ar": [
        "الرئيسية",
        "الحكامة",
        "المجتمع المدني",
        "الاستشارات",
        "مجموعات العمل",
        "الأنشطة",
        "المكتبة",
    ],
}

MENU = """() => {
    const nav = document.querySelector('.main-nav');
    const links = [...nav.querySelectorAll('a')];
    return {
        height: nav.getBoundingClientRect().height,
        rows: new Set(links.map(a => Math.round(a.getBoundingClientRect().top))).size,
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
    };
}"""

FOCUSED = """() => {
    const a = document.activeElement;
    const box = a.getBoundingClientRect();
    return {
        inMenu: !!a.closest('.main-nav'),
        text: a.textContent,
        left: box.left, right: box.right,
        width: document.documentElement.clientWidth,
        outline: getComputedStyle(a).outlineStyle,
    };
}"""


IN_VIEW = """() => {
    const box = document.activeElement.getBoundingClientRect();
    return box.left >= 0 && box.right <= document.documentElement.clientWidth;
}"""


@pytest.fixture
def site(db):
    from demo.site import ensure_site

    return ensure_site(hostname="localhost")


def add_menu(language):
    from tests.factories.cms import MenuItemFactory, _locale

    for label in LABELS[language]:
        MenuItemFactory(label=label, locale=_locale(language))


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_main_menu_is_one_row_on_a_phone_and_every_link_gets_focus(
    site, browser_page, language
):
    add_menu(language)
    browser_page.set_viewport_size({"width": 390, "height": 844})
    browser_page.goto(f"/{language}/")
    menu = browser_page.evaluate(MENU)
    assert menu["rows"] == 1, menu
    assert menu["height"] < 60, menu
    assert menu["scroll"] <= menu["client"], menu  # the page does not scroll sideways
    browser_page.focus(".main-nav a")
    seen = []
    for _ in LABELS[language]:
        # Focus brings the link fully into view (frontend/js/menu.js).
        browser_page.wait_for_function(IN_VIEW, timeout=3000)
        focused = browser_page.evaluate(FOCUSED)
        assert focused["inMenu"], focused
        # Focus scrolls the link into view, with a visible outline.
        assert focused["left"] >= 0 and focused["right"] <= focused["width"], focused
        assert focused["outline"] != "none", focused
        seen.append(focused["text"])
        browser_page.keyboard.press("Tab")
    assert seen == LABELS[language]


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_main_menu_stays_one_row_on_a_desktop(site, browser_page, language):
    add_menu(language)
    browser_page.set_viewport_size({"width": 1200, "height": 800})
    browser_page.goto(f"/{language}/")
    menu = browser_page.evaluate(MENU)
    assert menu["rows"] == 1, menu


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_without_javascript_the_phone_menu_is_still_one_scrollable_row(
    site, browser, live_server, language
):
    add_menu(language)
    context = browser.new_context(
        base_url=live_server.url,
        java_script_enabled=False,
        viewport={"width": 390, "height": 844},
    )
    try:
        page = context.new_page()
        page.goto(f"/{language}/")
        menu = page.evaluate(MENU)
        assert menu["rows"] == 1 and menu["height"] < 60, menu
        links = page.locator(".main-nav a")
        assert links.count() == len(LABELS[language])
    finally:
        context.close()
