"""The demo's French and English pages and snippets are wagtail-localize translations
of the Arabic ones (issue 13): the translation screen shows each Arabic string with
its translation, and "Sync translated pages" carries an Arabic change over without
losing the rest of the translation."""

import html as html_lib
import json
import re
from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import transaction
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import (
    SegmentOverride,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from cms.demo import content, translations
from cms.models import FooterContent, MenuItem, NewsPage, StandardPage, UsefulLink
from demo.data import governance

pytestmark = pytest.mark.django_db

SNIPPETS = (MenuItem, FooterContent, UsefulLink)
# Translations kept as they are, their structure not the Arabic one: the English
# governance page and footer have no link to the charter and the 2022 meeting,
# which exist in Arabic and French only.
KEPT = {
    ("cms.standardpage", "/home-en/governance/"),
    ("cms.footercontent", "en"),
}


@pytest.fixture(scope="module")
def demo_module(django_db_setup, django_db_blocker):
    """The demo loaded once for the module, rolled back at the end (each test runs
    in its own savepoint)."""
    from demo.site import ensure_site

    with django_db_blocker.unblock(), transaction.atomic():
        homes = ensure_site(hostname="testserver")
        content.load(homes=homes)
        yield homes
        transaction.set_rollback(True)


@pytest.fixture
def demo(demo_module, db):
    return demo_module


def _tags_follow_the_source() -> bool:
    """While news tags are synchronised (cms/models/news.py), syncing a news item
    would put the Arabic tags on its translation: those are kept as they are."""
    return any(
        f.field_name == "tagged_items" and f.is_synchronized(NewsPage())
        for f in get_translatable_fields(NewsPage)
    )


def _translated_objects():
    """Every French and English demo page and snippet."""
    for page in Page.objects.filter(depth__gt=1).exclude(locale__language_code="ar"):
        yield page.specific
    for model in SNIPPETS:
        yield from model.objects.exclude(locale__language_code="ar")


def _kept(instance) -> bool:
    if isinstance(instance, NewsPage) and _tags_follow_the_source():
        return True
    if isinstance(instance, Page):
        where = instance.url_path
    else:
        where = instance.locale.language_code
    return (instance._meta.label_lower, where) in KEPT


def _translation_of(instance) -> Translation:
    return Translation.objects.select_related("source__locale").get(
        source__object_id=instance.translation_key, target_locale=instance.locale
    )


def _editor_props(response) -> dict:
    found = re.search(r'data-props="([^"]*)"', response.content.decode())
    assert found, "not the translation editor"
    return json.loads(html_lib.unescape(found.group(1)))


def _strings_on_screen(props) -> dict[str, str]:
    """Each Arabic string of the translation screen, with its translation."""
    translated = {
        t["segment_id"]: html_lib.unescape(t["data"])
        for t in props["initialStringTranslations"]
    }
    return {
        html_lib.unescape(s["source"]): translated.get(s["id"])
        for s in props["segments"]
        if s["type"] == "string"
    }


def _html(client, url) -> str:
    """The page as a reader gets it, without what changes at each request."""
    cache.clear()
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    html = re.sub(r'nonce="[^"]*"', "", html)
    html = re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)
    # Rich text rebuilt by wagtail-localize writes "'" where Django wrote "&#x27;".
    return str(BeautifulSoup(html, "html.parser"))


def test_every_demo_translation_is_a_translation_of_its_arabic_source(demo):
    arabic = Locale.objects.get(language_code="ar")
    enabled = 0
    for instance in _translated_objects():
        translation = _translation_of(instance)
        assert translation.source.locale == arabic
        assert translation.source.get_source_instance().translation_key == (
            instance.translation_key
        )
        total, done = translation.get_progress()
        if _kept(instance):
            assert not translation.enabled, instance
            assert 0 < done <= total, instance
        else:
            assert translation.enabled, instance
            assert done == total > 0, instance
            enabled += 1
    # Home, sections, guides, the charter, menu items and useful links at least.
    assert enabled >= 40
    # Links to pages of the translation's own language stay so (overrides).
    items = MenuItem.objects.filter(locale__language_code="fr", link_page__isnull=False)
    assert {item.link_page.locale.language_code for item in items} == {"fr"}
    assert SegmentOverride.objects.filter(
        locale__language_code="fr", context__path="link_page"
    ).exists()


def test_the_translation_screen_shows_the_arabic_strings_translated(
    demo, editor_client
):
    french = StandardPage.objects.get(locale__language_code="fr", slug=governance.SLUG)
    response = editor_client.get(reverse("wagtailadmin_pages:edit", args=(french.pk,)))
    assert response.status_code == 200
    strings = _strings_on_screen(_editor_props(response))
    assert strings[governance.TITLE["ar"]] == governance.TITLE["fr"]
    assert strings[governance.INTRO["ar"]] == governance.INTRO["fr"]
    assert strings[governance.BODIES["ar"][0][0]] == governance.BODIES["fr"][0][0]
    assert all(strings.values()), [k for k, v in strings.items() if not v]

    item = MenuItem.objects.get(locale__language_code="fr", link_url="/fr/events/")
    response = editor_client.get(
        reverse("wagtailsnippets_cms_menuitem:edit", args=(item.pk,))
    )
    assert response.status_code == 200
    strings = _strings_on_screen(_editor_props(response))
    assert strings == {"الفعاليات": "Événements", "/ar/events/": "/fr/events/"}


def _edit_url(instance) -> str:
    if isinstance(instance, Page):
        return reverse("wagtailadmin_pages:edit", args=(instance.pk,))
    name = instance._meta.model_name
    return reverse(f"wagtailsnippets_cms_{name}:edit", args=(instance.pk,))


def test_every_translation_screen_opens(demo, editor_client):
    """A translation's edit view is wagtail-localize's translation screen, every
    string translated; one kept as it is keeps Wagtail's editor, which offers to
    start the translation."""
    for instance in _translated_objects():
        response = editor_client.get(_edit_url(instance))
        assert response.status_code == 200, instance
        if _translation_of(instance).enabled:
            strings = _strings_on_screen(_editor_props(response))
            assert strings and all(strings.values()), instance
        else:
            html = response.content.decode()
            assert "js-translation-editor" not in html, instance
            assert "localize-restart-translation" in html, instance


def test_the_arabic_page_offers_to_sync_its_translations(demo, editor_client):
    arabic = StandardPage.objects.get(locale__language_code="ar", slug=governance.SLUG)
    source = TranslationSource.objects.get_for_instance(arabic)
    update_url = reverse("wagtail_localize:update_translations", args=(source.pk,))
    edit = editor_client.get(reverse("wagtailadmin_pages:edit", args=(arabic.pk,)))
    assert update_url in edit.content.decode()
    screen = editor_client.get(update_url)
    assert screen.status_code == 200
    french = arabic.get_translation(Locale.objects.get(language_code="fr"))
    assert reverse("wagtailadmin_pages:edit", args=(french.pk,)) in (
        screen.content.decode()
    )


def test_saving_each_translation_rebuilds_it_unchanged(
    demo, client, django_capture_on_commit_callbacks
):
    homes = {language: _html(client, f"/{language}/") for language in ("fr", "en")}
    for instance in _translated_objects():
        translation = _translation_of(instance)
        if not translation.enabled:
            continue
        if isinstance(instance, Page):
            before = _html(client, instance.url)
        else:
            before = translations.content(instance)
        with django_capture_on_commit_callbacks(execute=True):
            translation.save_target(publish=True)
        if isinstance(instance, Page):
            page = Page.objects.get(pk=instance.pk).specific
            assert (page.slug, page.url) == (instance.slug, instance.url)
            assert page.live and not page.has_unpublished_changes
            assert _html(client, instance.url) == before, instance.url
        else:
            fresh = type(instance).objects.get(pk=instance.pk)
            assert translations.content(fresh) == before, instance
    # Menu and footer, rebuilt from their translations, show as before.
    for language, html in homes.items():
        assert _html(client, f"/{language}/") == html


def test_an_arabic_change_synced_keeps_the_rest_of_the_french_page(
    demo, editor, editor_client, django_capture_on_commit_callbacks
):
    client = editor_client
    arabic = StandardPage.objects.get(locale__language_code="ar", slug=governance.SLUG)
    french = arabic.get_translation(Locale.objects.get(language_code="fr")).specific
    english = arabic.get_translation(Locale.objects.get(language_code="en")).specific
    french_before = translations.content(french)
    english_before = translations.content(english)
    translation = _translation_of(french)

    # The Arabic page changes: its introduction, and a new heading at the end.
    arabic.intro = "مقدمة جديدة للحكامة."
    arabic.body.append(("heading", {"text": "عنوان جديد", "level": "h2"}))
    arabic.save_revision(user=editor).publish()

    # "Sync translated pages", published: the new strings wait for a translation.
    update_url = reverse(
        "wagtail_localize:update_translations", args=(translation.source.pk,)
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(update_url, {"publish_translations": "on"})
    assert response.status_code == 302
    total, done = translation.get_progress()
    assert total - done == 2

    # The editor translates them in the translation screen and publishes.
    new = {"مقدمة جديدة للحكامة.": "Nouvelle introduction.", "عنوان جديد": "Nouveau"}
    for segment in (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(french.locale)
        .filter(translation__isnull=True)
    ):
        response = client.put(
            reverse(
                "wagtail_localize:edit_string_translation",
                args=(translation.pk, segment.pk),
            ),
            urlencode({"value": new[segment.string.data]}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=(french.pk,)), {"action": "publish"}
        )
    assert response.status_code == 302

    french = StandardPage.objects.get(pk=french.pk)
    after = translations.content(french)
    assert after["intro"] == "Nouvelle introduction."
    assert after["body"][-1] == {
        "type": "heading",
        "value": {"text": "Nouveau", "level": "h2"},
    }
    assert after["body"][:-1] == french_before["body"]
    assert after["title"] == french_before["title"] == governance.TITLE["fr"]
    assert french.url == "/fr/governance/" and french.live
    # The English page, kept as it is, is not synchronised.
    assert translations.content(StandardPage.objects.get(pk=english.pk)) == (
        english_before
    )


def test_an_arabic_change_synced_without_translation_shows_the_arabic(
    demo, django_capture_on_commit_callbacks
):
    arabic = StandardPage.objects.get(locale__language_code="ar", slug="civil-society")
    french = arabic.get_translation(Locale.objects.get(language_code="fr")).specific
    before = translations.content(french)
    arabic.intro = "نص جديد"
    arabic.save_revision().publish()
    translation = _translation_of(french)
    translation.source.update_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    after = translations.content(StandardPage.objects.get(pk=french.pk))
    assert after["intro"] == "نص جديد"
    assert {k: v for k, v in after.items() if k != "intro"} == {
        k: v for k, v in before.items() if k != "intro"
    }


def _memory() -> dict:
    return {
        "sources": sorted(
            TranslationSource.objects.values_list("pk", "last_updated_at")
        ),
        "translations": sorted(Translation.objects.values_list("pk", "enabled")),
        "strings": sorted(
            StringTranslation.objects.values_list("pk", "data", "updated_at")
        ),
        "overrides": sorted(SegmentOverride.objects.values_list("pk", "data_json")),
    }


def test_loading_twice_records_nothing_new(demo):
    before = _memory()
    assert content.load(homes=demo) == "0 created, 0 updated"
    assert _memory() == before


def test_a_reload_keeps_the_translations_editors_made(demo, editor_client):
    french = StandardPage.objects.get(locale__language_code="fr", slug="civil-society")
    translation = _translation_of(french)
    segment = StringSegment.objects.get(
        source=translation.source, context__path="intro"
    )
    response = editor_client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=(translation.pk, segment.pk),
        ),
        urlencode({"value": "Une introduction revue."}),
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    content.load(homes=demo)
    assert StringTranslation.objects.get(
        translation_of=segment.string, context=segment.context, locale=french.locale
    ).data == ("Une introduction revue.")
