"""Tags are words of one language (issue 13: "Arabic tag slugs show as facets on
French pages"). Each language's record carries its own tags, and what lists tags
to a reader (the search facets, the library's facets, the news and consultation
filters) lists those of the records in the reader's language only.

Checked on the demo: the editorial content, the consultations and the library.
"""

import html as html_lib
import re

import pytest
from django.db import transaction

from search.services import index_rebuild

pytestmark = pytest.mark.django_db

ARABIC = re.compile(r"[\u0600-\u06FF]")
LATIN = re.compile(r"[A-Za-zÀ-ÿ]")
OTHER_SCRIPT = {"fr": ARABIC, "en": ARABIC, "ar": LATIN}
# A word of each language's demo tags, to show the lists are not merely empty.
EXPECTED = {
    "ar": {"news": "لجنة الإشراف", "consultation": "الحكومة المنفتحة"},
    "fr": {"news": "comité de pilotage", "consultation": "gouvernement ouvert"},
}


@pytest.fixture(scope="module")
def demo_module(django_db_setup, django_db_blocker):
    """The demo's pages, consultations and library, indexed; loaded once for the
    module inside a transaction rolled back at the end."""
    from cms.demo import content
    from consultations import demo as consultations_demo
    from demo.site import ensure_site
    from documents import demo as documents_demo

    with django_db_blocker.unblock(), transaction.atomic():
        homes = ensure_site(hostname="testserver")
        documents_demo.load(homes=homes)
        content.load(homes=homes)
        consultations_demo.load(homes=homes)
        index_rebuild()
        yield homes
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_module, db):
    return demo_module


def _unescape(values):
    return [html_lib.unescape(v) for v in values]


def search_tags(client, language, **params) -> list[str]:
    html = client.get(f"/{language}/search/", params).content.decode()
    return _unescape(re.findall(r'name="tags" value="([^"]*)"', html))


def library_tags(client, language) -> list[str]:
    """The tag facet's values (the tags' slugs, in their words)."""
    html = client.get(f"/{language}/library/").content.decode()
    return _unescape(re.findall(r'name="tag" value="([^"]*)"', html))


def select_options(client, url, select_id) -> list[str]:
    html = client.get(url).content.decode()
    found = re.search(rf'<select id="{select_id}"[^>]*>(.*?)</select>', html, re.S)
    if not found:
        return []
    return _unescape(re.findall(r'<option value="[^"]+"[^>]*>([^<]*)<', found.group(1)))


def assert_in_language(tags, language, expected=None):
    wrong = [t for t in tags if OTHER_SCRIPT[language].search(t)]
    assert not wrong, f"tags of another language on a {language} page: {wrong}"
    if expected:
        assert expected in tags, (expected, tags)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_search_facets_show_the_tags_of_the_reader_s_language(
    client, demo, language
):
    for source in ("news", "consultation"):
        tags = search_tags(client, language, type=source)
        assert_in_language(tags, language, EXPECTED[language][source])
    assert_in_language(search_tags(client, language, type="document"), language)
    assert_in_language(search_tags(client, language, q="2024"), language)


def test_a_search_limited_to_another_language_lists_no_tag_of_it(client, demo):
    assert search_tags(client, "fr", type="news", locale="ar") == []
    tags = search_tags(client, "fr", type="news", locale="fr")
    assert_in_language(tags, "fr", "comité de pilotage")


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_library_facets_show_the_tags_of_the_reader_s_language(
    client, demo, language
):
    tags = library_tags(client, language)
    assert tags
    assert_in_language(tags, language)


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_the_news_and_consultation_filters_show_the_reader_s_language(
    client, demo, language
):
    news = select_options(client, f"/{language}/news/", "news-tag")
    assert_in_language(news, language, EXPECTED[language]["news"])
    themes = select_options(client, f"/{language}/consultations/", "filter-theme")
    assert_in_language(themes, language, EXPECTED[language]["consultation"])
