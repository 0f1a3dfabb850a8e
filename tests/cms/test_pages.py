"""The public pages: types and rules, blocks, news filters, switcher, Open Graph."""

import datetime
import re

import pytest
from wagtail.blocks import StreamValue

from cms.models import (
    GuideIndexPage,
    GuidePage,
    HomePage,
    NewsIndexPage,
    NewsKind,
    NewsPage,
    StandardPage,
)
from tests.factories import (
    GuideIndexPageFactory,
    GuidePageFactory,
    ImageFactory,
    MenuItemFactory,
    NewsPageFactory,
    StandardPageFactory,
    UsefulLinkFactory,
)

pytestmark = pytest.mark.django_db


def _html(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


# --- Page type rules ------------------------------------------------------------------


def test_news_items_only_go_under_a_news_index():
    assert NewsPage.allowed_parent_page_models() == [NewsIndexPage]
    assert NewsIndexPage.allowed_subpage_models() == [NewsPage]
    assert not NewsPage.allowed_subpage_models()


def test_guides_only_go_under_a_guide_index():
    assert GuidePage.allowed_parent_page_models() == [GuideIndexPage]
    assert GuideIndexPage.allowed_subpage_models() == [GuidePage]


def test_the_home_page_holds_sections_and_sits_at_the_root():
    assert set(HomePage.allowed_subpage_models()) == {
        StandardPage,
        NewsIndexPage,
        GuideIndexPage,
    }
    assert HomePage.max_count_per_parent == 1
    assert [m._meta.label for m in HomePage.allowed_parent_page_models()] == [
        "wagtailcore.Page"
    ]


def test_every_page_type_exposes_its_intro_to_the_api():
    for model in (HomePage, StandardPage, NewsIndexPage, NewsPage, GuidePage):
        assert "intro" in [field.name for field in model.api_fields]


# --- Blocks ---------------------------------------------------------------------------


def _body(page, blocks):
    page.body = StreamValue(page.body.stream_block, blocks, is_lazy=False)
    page.save_revision().publish()
    return page


def _raw(blocks):
    return [{"type": kind, "value": value} for kind, value in blocks]


def test_a_standard_page_renders_every_block_accessibly(client, homes):
    image = ImageFactory()
    page = StandardPageFactory(parent=homes["fr"], title="Gouvernance", slug="gov")
    page.body = _raw(
        [
            ("heading", {"text": "Les instances", "level": "h2"}),
            ("paragraph", "<p>Un <b>comité</b> de pilotage.</p>"),
            (
                "image",
                {"image": image.pk, "alt_text": "Réunion du comité", "caption": "2022"},
            ),
            (
                "table",
                {
                    "data": [["Instance", "Membres"], ["Comité", "12"]],
                    "first_row_is_table_header": True,
                    "first_col_is_header": True,
                    "table_caption": "Composition",
                },
            ),
            (
                "call_to_action",
                {
                    "title": "Participer",
                    "text": "Donnez votre avis.",
                    "link": {
                        "page": None,
                        "url": "/fr/consultations/",
                        "label": "Voir",
                    },
                },
            ),
            ("article", {"number": "1", "title": "Objet", "text": "<p>La charte.</p>"}),
            ("quote", "Gouverner ensemble."),
        ]
    )
    page.save_revision().publish()
    html = _html(client.get("/fr/gov/"))
    assert "<h2>Les instances</h2>" in html
    assert "<b>comité</b>" in html
    assert 'alt="Réunion du comité"' in html and "<figcaption>2022</figcaption>" in html
    assert "<caption>Composition</caption>" in html
    assert '<th scope="col">Membres</th>' in html
    assert '<th scope="row">Comité</th>' in html
    assert 'aria-label="Composition"' in html
    assert 'href="/fr/consultations/"' in html and ">Voir</a>" in html
    assert "Article 1" in html
    assert "<blockquote>Gouverner ensemble.</blockquote>" in html


def test_an_image_without_alternative_text_uses_its_description_or_is_decorative(
    client, homes
):
    image = ImageFactory(description="Carte du Maroc")
    page = StandardPageFactory(parent=homes["fr"], slug="map")
    page.body = _raw([("image", {"image": image.pk, "alt_text": "", "caption": ""})])
    page.save_revision().publish()
    assert 'alt="Carte du Maroc"' in _html(client.get("/fr/map/"))


def test_a_document_block_says_its_format_and_size(client, homes):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    document = get_document_model()(title="Charte")
    document.file.save("charte.pdf", ContentFile(b"%PDF-1.4 charter"), save=False)
    document.save()
    page = StandardPageFactory(parent=homes["fr"], slug="docs")
    page.body = _raw([("document", {"document": document.pk, "title": ""})])
    page.save_revision().publish()
    html = _html(client.get("/fr/docs/"))
    assert ">Charte<" in html
    assert "PDF" in html


def test_the_useful_links_block_lists_the_links_of_the_page_language(client, homes):
    from wagtail.models import Locale

    UsefulLinkFactory(title="Chafafiya", locale=Locale.objects.get(language_code="fr"))
    UsefulLinkFactory(title="شفافية", locale=Locale.objects.get(language_code="ar"))
    page = StandardPageFactory(parent=homes["fr"], slug="links")
    page.body = _raw([("useful_links", None)])
    page.save_revision().publish()
    html = _html(client.get("/fr/links/"))
    assert "Chafafiya" in html and "شفافية" not in html


# --- News index -----------------------------------------------------------------------


def test_the_news_index_filters_by_kind(client, news_index):
    NewsPageFactory(
        parent=news_index, title="Réunion", kind=NewsKind.COMMITTEE_MEETINGS
    )
    NewsPageFactory(parent=news_index, title="Appel", kind=NewsKind.CALLS)
    html = _html(client.get("/ar/news/?kind=calls"))
    assert "Appel" in html and "Réunion" not in html
    assert '<option value="calls" selected>' in html


def test_an_unknown_kind_shows_all_news(client, news_index):
    NewsPageFactory(parent=news_index, title="Réunion")
    html = _html(client.get("/ar/news/?kind=nonsense"))
    assert "Réunion" in html


def test_the_news_index_filters_by_tag(client, news_index):
    budget = NewsPageFactory(parent=news_index, title="Budget ouvert")
    budget.tags.add("budget")
    budget.save()
    NewsPageFactory(parent=news_index, title="Autre")
    html = _html(client.get("/ar/news/?tag=budget"))
    assert "Budget ouvert" in html and "Autre" not in html
    assert '<option value="budget" selected>budget</option>' in html


def test_the_news_index_paginates_twelve_by_twelve(client, news_index):
    start = datetime.date(2024, 1, 1)
    for n in range(13):
        NewsPageFactory(
            parent=news_index, title=f"Item {n:02}", date=start + datetime.timedelta(n)
        )
    first = _html(client.get("/ar/news/"))
    assert "Item 12" in first and "Item 00" not in first
    assert 'rel="next"' in first
    second = _html(client.get("/ar/news/?page=2"))
    assert "Item 00" in second and "Item 12" not in second
    assert _html(client.get("/ar/news/?page=99")).count("news-card") == 12


def test_the_news_index_hides_drafts_and_private_news(client, news_index):
    from wagtail.models import PageViewRestriction

    NewsPageFactory(parent=news_index, title="Brouillon", live=False)
    private = NewsPageFactory(parent=news_index, title="Interne")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    html = _html(client.get("/ar/news/"))
    assert "Brouillon" not in html and "Interne" not in html


def test_the_news_index_query_count_does_not_grow_with_the_news(client, news_index):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    image = ImageFactory()

    def add_news(count):
        for n in range(count):
            item = NewsPageFactory(parent=news_index, lead_image=image)
            item.tags.add(f"tag{n}")
            item.save()

    def queries_and_cards():
        client.get("/ar/news/")  # warm Wagtail's site and locale caches
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/ar/news/")
        assert response.status_code == 200
        return len(queries), response.content.decode().count("news-card")

    add_news(3)
    few, cards = queries_and_cards()
    assert cards == 3
    add_news(9)
    many, cards = queries_and_cards()
    assert cards == 12
    assert 0 < few == many, f"{few} queries for 3 news items, {many} for 12"


def test_a_news_page_shows_its_date_kind_tags_and_lead_image(client, news_index):
    image = ImageFactory(description="Photo")
    item = NewsPageFactory(
        parent=news_index,
        slug="item",
        date=datetime.date(2022, 9, 30),
        kind=NewsKind.COMMITTEE_MEETINGS,
        lead_image=image,
    )
    item.tags.add("comité")
    item.save()
    html = _html(client.get("/ar/news/item/"))
    assert '<time datetime="2022-09-30">' in html
    assert 'alt="Photo"' in html
    assert "?tag=" in html
    assert 'property="og:type" content="article"' in html


# --- Home page, menu, guides ------------------------------------------------------


def test_the_home_page_shows_the_latest_news_of_its_language(client, homes, news_index):
    NewsPageFactory(parent=news_index, title="خبر جديد")
    assert "خبر جديد" in _html(client.get("/ar/"))
    assert "خبر جديد" not in _html(client.get("/fr/"))


def test_the_main_menu_shows_the_items_of_the_language_in_order(client, homes):
    from wagtail.models import Locale

    fr = Locale.objects.get(language_code="fr")
    MenuItemFactory(label="Second", sort_order=2, locale=fr)
    MenuItemFactory(label="Premier", sort_order=1, locale=fr)
    MenuItemFactory(label="الأول", sort_order=0)
    html = _html(client.get("/fr/"))
    assert html.index("Premier") < html.index("Second")
    assert "الأول" not in html


def test_a_guide_index_lists_its_guides(client, homes):
    index = GuideIndexPageFactory(parent=homes["fr"], slug="guides")
    GuidePageFactory(parent=index, title="Comment participer")
    assert "Comment participer" in _html(client.get("/fr/guides/"))


# --- Language switcher, alternates, Open Graph ----------------------------------


def _switcher(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return dict(re.findall(r'<a href="([^"]+)" lang="(\w+)"', nav))


def test_the_switcher_leads_to_the_translation_of_the_page(client, homes):
    ar = StandardPageFactory(parent=homes["ar"], title="الحكامة", slug="gouvernance")
    fr = ar.copy_for_translation(homes["fr"].locale)
    fr.title, fr.slug = "Gouvernance", "gouvernance"
    fr.save_revision().publish()
    links = _switcher(_html(client.get("/ar/gouvernance/")))
    assert links["/fr/gouvernance/"] == "fr"
    assert links["/en/"] == "en"  # no English translation: its home page


def test_the_switcher_leads_home_when_the_translation_is_a_draft(client, homes):
    ar = StandardPageFactory(parent=homes["ar"], slug="charte")
    fr = ar.copy_for_translation(homes["fr"].locale)
    fr.save()  # translated but not published
    links = _switcher(_html(client.get("/ar/charte/")))
    assert links["/fr/"] == "fr"


def test_only_real_translations_are_hreflang_alternates(client, homes):
    ar = StandardPageFactory(parent=homes["ar"], slug="page")
    fr = ar.copy_for_translation(homes["fr"].locale)
    fr.save_revision().publish()
    html = _html(client.get("/ar/page/"))
    alternates = dict(
        re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html)
    )
    assert alternates == {
        "ar": "http://testserver/ar/page/",
        "x-default": "http://testserver/ar/page/",
        "fr": "http://testserver/fr/page/",
    }


def test_the_switcher_translates_the_address_of_a_module_view(client, homes, user):
    client.force_login(user)
    links = _switcher(_html(client.get("/fr/account/")))
    assert links["/ar/account/"] == "ar"


def test_pages_carry_open_graph_metadata(client, homes):
    page = StandardPageFactory(
        parent=homes["fr"],
        title="Gouvernance",
        slug="gov",
        intro="Les trois instances.",
    )
    html = _html(client.get("/fr/gov/"))
    assert '<meta property="og:title" content="Gouvernance">' in html
    assert '<meta property="og:description" content="Les trois instances.">' in html
    assert '<meta property="og:locale" content="fr_MA">' in html
    assert '<meta property="og:url" content="http://testserver/fr/gov/">' in html
    assert re.search(
        r'<meta property="og:image" content="http://testserver/static/[^"]+\.png">',
        html,
    )
    assert f'<link rel="canonical" href="{page.full_url}">' in html


def test_a_news_item_shares_its_lead_image(client, news_index):
    NewsPageFactory(parent=news_index, slug="photo", lead_image=ImageFactory())
    html = _html(client.get("/ar/news/photo/"))
    assert re.search(
        r'<meta property="og:image" content="http://testserver/media/images/[^"]+1200x630[^"]*">',
        html,
    )


def test_every_page_type_renders_in_arabic_right_to_left(client, homes, news_index):
    NewsPageFactory(parent=news_index, slug="n")
    index = GuideIndexPageFactory(parent=homes["ar"], slug="g")
    GuidePageFactory(parent=index, slug="x")
    StandardPageFactory(parent=homes["ar"], slug="s")
    for url in ("/ar/", "/ar/news/", "/ar/news/n/", "/ar/g/", "/ar/g/x/", "/ar/s/"):
        html = _html(client.get(url))
        assert '<html lang="ar" dir="rtl">' in html, url
        assert html.count("<h1") == 1, url
        assert "<script>" not in html, url
