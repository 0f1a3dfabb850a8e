"""An editor writes a page in French and translates it into Arabic in the admin.

Everything goes through the admin's own views, as the editor's browser would:
Wagtail's add and edit views, wagtail-localize's "Translate" form, its translation
editor's string endpoint, its preview, its publish action and its "Sync" form.
"""

import datetime
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from cms.models import MenuItem, NewsIndexPage, NewsPage, StandardPage

pytestmark = pytest.mark.django_db

ARABIC = {
    "Gouvernance": "الحكامة",
    "gouvernance": "الحكامة",
    "Les trois instances du partenariat.": "هيئات الشراكة الثلاث.",
    "Le comité de pilotage": "لجنة الإشراف",
    "Il réunit le gouvernement et la société civile.": "تجمع الحكومة والمجتمع المدني.",
}


def _page_form(**fields):
    data = {
        "title": "Gouvernance",
        "slug": "gouvernance",
        "intro": "Les trois instances du partenariat.",
        "body": streamfield(
            [
                ("heading", {"text": "Le comité de pilotage", "level": "h2"}),
                (
                    "paragraph",
                    rich_text("<p>Il réunit le gouvernement et la société civile.</p>"),
                ),
            ]
        ),
        "comments": inline_formset([]),
        "action-publish": "publish",
    }
    data.update(fields)
    return nested_form_data(data)


def _create_french_page(client, parent, model="standardpage", **fields):
    response = client.post(
        reverse("wagtailadmin_pages:add", args=("cms", model, parent.pk)),
        _page_form(**fields),
    )
    assert response.status_code == 302, response.context["form"].errors
    return Page.objects.get(
        locale__language_code="fr", slug=fields.get("slug", "gouvernance")
    ).specific


def _submit_for_translation(client, page, language="ar"):
    url = reverse("wagtail_localize:submit_page_translation", args=(page.pk,))
    assert client.get(url).status_code == 200
    locale = Locale.objects.get(language_code=language)
    response = client.post(url, {"locales": [locale.pk]})
    assert response.status_code == 302
    translated = page.get_translation(locale)
    assert response["Location"] == reverse(
        "wagtailadmin_pages:edit", args=(translated.pk,)
    )
    translation = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locale
    )
    return translated, translation


def _translate_strings(client, translation, dictionary):
    segments = StringSegment.objects.filter(source=translation.source).select_related(
        "string"
    )
    for segment in segments:
        url = reverse(
            "wagtail_localize:edit_string_translation",
            args=(translation.pk, segment.pk),
        )
        response = client.put(
            url,
            urlencode({"value": dictionary[segment.string.data]}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content


def test_an_editor_creates_translates_previews_and_publishes_a_page(
    editor_client, homes, django_capture_on_commit_callbacks
):
    capture_on_commit = django_capture_on_commit_callbacks
    client = editor_client
    assert client.get(reverse("wagtailadmin_home")).status_code == 200

    # 1. The French page, created and published with the admin's add form.
    french = _create_french_page(client, homes["fr"])
    assert french.live and isinstance(french, StandardPage)
    assert french.body[0].value["text"] == "Le comité de pilotage"

    # 2. "Translate" into Arabic: a draft made of the French strings.
    arabic, translation = _submit_for_translation(client, french)
    arabic = arabic.specific
    assert not arabic.live
    assert translation.get_progress() == (len(ARABIC), 0)

    # 3. The translation editor opens in place of the page editor.
    editor_html = client.get(reverse("wagtailadmin_pages:edit", args=(arabic.pk,)))
    assert editor_html.status_code == 200
    assert "translation-editor" in editor_html.content.decode()

    # 4. Each string is translated, as the editor's form does on blur.
    _translate_strings(client, translation, ARABIC)
    assert translation.get_progress() == (len(ARABIC), len(ARABIC))

    # 5. Preview shows the Arabic text before anything is published.
    preview = client.get(
        reverse("wagtail_localize:preview_translation", args=(translation.pk,))
    )
    assert preview.status_code == 200
    assert "لجنة الإشراف" in preview.content.decode()
    arabic.refresh_from_db()
    assert not arabic.live

    # 6. Publish from the translation editor (wagtail-localize publishes on commit).
    with capture_on_commit(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=(arabic.pk,)), {"action": "publish"}
        )
    assert response.status_code == 302
    arabic = StandardPage.objects.get(pk=arabic.pk)
    assert arabic.live
    assert arabic.title == "الحكامة"
    assert arabic.intro == "هيئات الشراكة الثلاث."
    assert arabic.body[0].value["text"] == "لجنة الإشراف"

    # 7. The public site serves it, and each language leads to the other.
    public = client.get(arabic.url).content.decode()
    assert "<h1>الحكامة</h1>" in public
    assert f'href="{french.url}" lang="fr"' in public


def test_synchronised_fields_follow_the_source_page(
    editor_client, homes, django_capture_on_commit_callbacks
):
    client = editor_client
    capture_on_commit = django_capture_on_commit_callbacks
    news_fr = homes["fr"].add_child(
        instance=NewsIndexPage(title="Actualités", slug="actualites")
    )
    news_fr.save_revision().publish()
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=(news_fr.pk,)),
        {"locales": [Locale.objects.get(language_code="ar").pk]},
    )
    french = _create_french_page(
        client,
        news_fr,
        model="newspage",
        slug="reunion",
        date="2022-09-30",
        kind="committee_meetings",
        tags="comité",
    )
    arabic, translation = _submit_for_translation(client, french)
    _translate_strings(client, translation, ARABIC | {"reunion": "اجتماع"})
    with capture_on_commit(execute=True):
        client.post(
            reverse("wagtailadmin_pages:edit", args=(arabic.pk,)), {"action": "publish"}
        )
    arabic = NewsPage.objects.get(pk=arabic.pk)
    assert arabic.date == datetime.date(2022, 9, 30)
    assert arabic.kind == "committee_meetings"

    # The French date and kind change; "Sync translated pages" carries them over.
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=(french.pk,)),
        _page_form(slug="reunion", date="2022-10-03", kind="calls", tags="comité"),
    )
    assert response.status_code == 302
    source = TranslationSource.objects.get(
        object_id=french.translation_key, locale=french.locale
    )
    update_url = reverse("wagtail_localize:update_translations", args=(source.pk,))
    assert client.get(update_url).status_code == 200
    with capture_on_commit(execute=True):
        response = client.post(update_url, {"publish_translations": "on"})
    assert response.status_code == 302
    arabic = NewsPage.objects.get(pk=arabic.pk)
    assert arabic.date == datetime.date(2022, 10, 3)
    assert arabic.kind == "calls"
    assert arabic.title == "الحكامة"  # the translation itself is kept
    assert arabic.live


def test_the_date_and_kind_of_a_news_translation_cannot_be_overridden():
    from wagtail_localize.fields import get_translatable_fields

    fields = {field.field_name: field for field in get_translatable_fields(NewsPage)}
    news = NewsPage()
    assert fields["date"].is_synchronized(news)
    assert not fields["date"].is_overridable(news)
    assert not fields["kind"].is_overridable(news)
    assert fields["lead_image"].is_overridable(news)
    assert fields["body"].is_translated(news)


def test_snippets_show_the_translate_action(editor_client, homes):
    item = MenuItem.objects.create(
        label="Consultations",
        link_url="/consultations/",
        locale=Locale.objects.get(language_code="fr"),
    )
    listing = editor_client.get(reverse("wagtailsnippets_cms_menuitem:list"))
    assert listing.status_code == 200
    submit = reverse(
        "wagtail_localize:submit_snippet_translation",
        args=("cms", "menuitem", item.pk),
    )
    assert submit in listing.content.decode()
    response = editor_client.post(
        submit, {"locales": [Locale.objects.get(language_code="ar").pk]}
    )
    assert response.status_code == 302
    assert MenuItem.objects.filter(
        translation_key=item.translation_key, locale__language_code="ar"
    ).exists()


@pytest.mark.parametrize(
    ("language", "direction"), [("ar", "rtl"), ("fr", "ltr"), ("en", "ltr")]
)
def test_the_admin_speaks_the_editors_language(
    editor, client, homes, language, direction
):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = language
    profile.save()
    client.force_login(editor)
    for url in (
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_explore", args=(homes[language].pk,)),
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert f'lang="{language}" dir="{direction}"' in response.content.decode()


def test_the_admin_login_page_is_in_arabic_by_default(client, db):
    response = client.get(reverse("wagtailadmin_login"))
    assert response.status_code == 200
    assert 'lang="ar" dir="rtl"' in response.content.decode()


def test_translating_a_page_that_exists_in_every_language_points_to_sync(
    editor_client, homes
):
    """No form with an empty, required "Locales" field: the editor is told why."""
    url = reverse("wagtail_localize:submit_page_translation", args=(homes["fr"].pk,))
    response = editor_client.get(url, follow=True)
    assert response.redirect_chain
    assert response.redirect_chain[-1][0] == reverse(
        "wagtailadmin_pages:edit", args=(homes["fr"].pk,)
    )
    assert 'name="locales"' not in response.content.decode()
    [message] = list(response.context["messages"])
    assert "Sync" in str(message) or "مزامنة" in str(message)


def test_translating_a_page_missing_a_language_still_opens_the_form(
    editor_client, homes
):
    page = _create_french_page(editor_client, homes["fr"])
    url = reverse("wagtail_localize:submit_page_translation", args=(page.pk,))
    response = editor_client.get(url)
    assert response.status_code == 200
    assert 'name="locales"' in response.content.decode()
