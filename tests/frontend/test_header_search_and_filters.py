"""Finding things: a search field in the header of every page, and lists whose
filters fold behind one control so that on phones the results come first.

Without JavaScript the header's search button is a link to the search page, and
every filter panel is a <details> that a tap opens.
"""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings

from tests.factories import (
    ConsultationFactory,
    EventFactory,
    LibraryDocumentFactory,
    OrganisationFactory,
)

pytestmark = pytest.mark.django_db

STATIC = settings.BASE_DIR / "frontend" / "static" / "frontend"


def soup(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def header_search(page: BeautifulSoup):
    return page.select_one("header.site-header form[role=search]")


@pytest.mark.parametrize(
    "path",
    [
        "/ar/",
        "/fr/",
        "/en/",
        "/ar/consultations/",
        "/fr/library/",
        "/fr/events/",
        "/ar/working-groups/",
        "/fr/organisations/",
        "/fr/accounts/login/",
        "/ar/no-such-page/",
    ],
)
def test_every_page_has_a_search_field_in_its_header(client, homes, path):
    response = client.get(path)
    page = BeautifulSoup(response.content, "html.parser")
    form = header_search(page)
    assert form is not None, path
    language = path.split("/")[1]
    assert form["action"] == f"/{language}/search/"
    assert form["method"] == "get"
    field = form.select_one("input[type=search][name=q]")
    label = form.select_one(f"label[for={field['id']}]")
    assert label is not None and label.get_text(strip=True)
    assert form.get("aria-label")
    assert form.select_one("button[type=submit]").get_text(strip=True)
    # On phones a button opens it; without JavaScript it is a link to the search page.
    toggle = page.select_one("header .search-toggle")
    assert toggle.name == "a" and toggle["href"] == f"/{language}/search/"
    assert toggle["data-controls"] == form["id"]
    assert toggle.get_text(strip=True)


def test_the_header_search_leads_to_the_search_page_with_the_words(client, homes):
    page = soup(client.get("/fr/"))
    form = header_search(page)
    response = client.get(form["action"], {"q": "budget ouvert"})
    results = soup(response)
    assert results.select_one("#search-q")["value"] == "budget ouvert"


def test_the_search_page_has_one_search_field_its_own(client, homes):
    page = soup(client.get("/fr/search/"))
    assert header_search(page) is None
    assert page.select_one("header .search-toggle") is None
    assert len(page.select("form[role=search]")) == 1
    assert page.select_one("main #search-q[name=q]") is not None


def test_the_search_field_on_phones_is_revealed_by_a_script_file(client, homes):
    """No inline script: the enhancement is a static file loaded by every page."""
    page = soup(client.get("/ar/"))
    sources = [s.get("src", "") for s in page.select("script")]
    assert any(src.endswith("frontend/js/portal.js") for src in sources)
    assert all(s.get("src") for s in page.select("script"))
    script = (STATIC / "js" / "portal.js").read_text()
    assert "aria-expanded" in script and "search-open" in script


# --- Filters ----------------------------------------------------------------------


@pytest.fixture
def indexed(homes):
    from search.engines.database import DatabaseEngine
    from search.registry import Entry

    engine = DatabaseEngine()
    engine.clear()
    engine.add_many(
        [
            Entry(
                source="page",
                object_id=str(i),
                locale="fr",
                title=f"Budget ouvert {i}",
                body="Le budget citoyen de la région",
                url=f"/fr/p{i}/",
                facets={"category": ["guides" if i % 2 else "studies"]},
            )
            for i in range(6)
        ]
    )
    return engine


def folded_panel(page: BeautifulSoup):
    panel = page.select_one("main details.filter-panel")
    assert panel is not None
    # Closed in the HTML: on a phone the reader sees one control, then the results.
    assert not panel.has_attr("open")
    assert panel.select_one("summary").get_text(strip=True)
    return panel


def test_search_filters_fold_behind_one_control_before_the_results(client, indexed):
    page = soup(client.get("/fr/search/", {"q": "budget"}))
    panel = folded_panel(page)
    # Every filter is inside the panel and belongs to the search form.
    for control in page.select("main select, main input[type=checkbox]"):
        assert control.find_parent("details") is panel
        assert control["form"] == "search-form"
    assert panel.select("input[name=category]")
    assert panel.select_one("button[type=submit][form=search-form]")
    results = page.select_one(".search-results")
    assert results.select(".search-hit")
    # The folded control is the only thing between the search field and the results.
    layout = panel.parent
    assert layout is results.parent
    assert [child.name for child in layout.find_all(recursive=False)] == [
        "details",
        "section",
    ]


def test_the_summary_of_the_search_filters_counts_the_chosen_ones(client, indexed):
    page = soup(client.get("/fr/search/", {"q": "budget", "category": "guides"}))
    summary = folded_panel(page).select_one("summary")
    assert summary.select_one(".filter-count").get_text(strip=True).startswith("1")
    assert page.select_one("input[name=category][value=guides]").has_attr("checked")


def test_library_filters_fold_behind_one_control(client, homes):
    for i in range(3):
        LibraryDocumentFactory(title=f"Rapport {i}")
    page = soup(client.get("/fr/library/"))
    panel = folded_panel(page)
    for control in panel.select("select, input"):
        assert control["form"] == "library-form"
    assert page.select_one("form#library-form input[type=search][name=q]")
    assert panel.find_next_sibling("section", class_="library-results")


@pytest.mark.parametrize(
    ("path", "factory"),
    [
        ("/fr/consultations/", ConsultationFactory),
        ("/fr/events/", EventFactory),
        ("/fr/organisations/", OrganisationFactory),
    ],
)
def test_list_filters_fold_behind_one_control(client, homes, path, factory):
    factory()
    page = soup(client.get(path))
    panel = folded_panel(page)
    form = panel.select_one("form[method=get]")
    assert form is not None and form.select("select")
    assert form.select_one("button[type=submit]")


def test_news_filters_fold_behind_one_control(client, homes):
    from tests.factories import NewsIndexPageFactory, NewsPageFactory

    index = NewsIndexPageFactory(parent=homes["fr"], slug="actualites")
    NewsPageFactory(parent=index)
    page = soup(client.get("/fr/actualites/"))
    form = folded_panel(page).select_one("form[method=get]")
    assert form.select_one("select[name=kind]")


def test_a_chosen_filter_is_counted_and_can_be_cleared(client, homes):
    ConsultationFactory()
    page = soup(client.get("/fr/consultations/", {"status": "open"}))
    panel = folded_panel(page)
    assert panel.select_one(".filter-count")
    clear = [a for a in panel.select("a") if a["href"] == "/fr/consultations/"]
    assert clear


def test_the_consultations_stylesheet_no_longer_overrides_shared_rules():
    """Its own .filters (wrong side in RTL) and field rules (which dropped the red
    border of a field in error) are gone: site.css rules them everywhere."""
    css = (STATIC / "css" / "consultations.css").read_text()
    rules = [rule.split("{")[0] for rule in css.split("}")]
    selectors = ",".join(rules)
    for shared in (".filters", "textarea", "input[type", "select", ".form-errors"):
        assert shared not in selectors, shared
    assert "visually-hidden" not in selectors
    for physical in ("-left", "-right", "left:", "right:", "flex-end", "flex-start"):
        assert physical not in css, physical


def test_the_shared_stylesheet_keeps_fields_in_error_visible():
    css = (STATIC / "css" / "site.css").read_text()
    assert ".has-error input, .has-error select, .has-error textarea" in css
    assert "margin-left" not in css and "padding-right" not in css
