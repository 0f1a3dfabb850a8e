"""The legal pages (personal data, terms of use, accessibility) chosen by editors
are linked from every page's footer and from every form that asks for personal data,
in the reader's language."""

import pytest
from wagtail.models import Locale, Site

from cms.models import LegalPages
from tests.factories import EventFactory, OrganisationFactory, StandardPageFactory


@pytest.fixture
def legal(homes):
    pages = {}
    for kind, title_ar, title_fr in (
        ("privacy", "حماية المعطيات الشخصية", "Protection des données personnelles"),
        ("terms", "شروط الاستعمال", "Conditions d'utilisation"),
        ("accessibility", "التصريح بالولوجيات", "Déclaration d'accessibilité"),
    ):
        arabic = StandardPageFactory(parent=homes["ar"], title=title_ar, slug=kind)
        french = arabic.copy_for_translation(Locale.objects.get(language_code="fr"))
        french.title = title_fr
        french.save_revision().publish()
        pages[kind] = arabic
    LegalPages.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={f"{kind}_page": page for kind, page in pages.items()},
    )
    return pages


def test_the_footer_links_the_legal_pages_in_the_readers_language(client, legal):
    html = client.get("/fr/").content.decode()
    footer = html.split('class="site-footer"')[1]
    assert "Protection des données personnelles" in footer
    assert (
        "Conditions d&#x27;utilisation" in footer
        or "Conditions d'utilisation" in footer
    )
    assert 'href="/fr/privacy/"' in footer
    arabic = client.get("/ar/").content.decode().split('class="site-footer"')[1]
    assert "حماية المعطيات الشخصية" in arabic and 'href="/ar/privacy/"' in arabic


@pytest.mark.parametrize(
    "path",
    [
        "/fr/accounts/signup/",
        "/fr/organisations/register/",
        "/fr/consultations/general-box/contribute/",
    ],
)
def test_forms_that_ask_for_personal_data_link_the_privacy_page(
    client, legal, path, citizen
):
    if "organisations" in path:
        client.force_login(citizen)
    response = client.get(path)
    assert response.status_code == 200
    notice = response.content.decode().split('class="privacy-notice"')
    assert len(notice) == 2, path
    assert 'href="/fr/privacy/"' in notice[1].split("</p>")[0]


def test_the_event_registration_form_links_the_privacy_page(client, legal):
    event = EventFactory()
    html = client.get(f"/fr/events/{event.pk}/").content.decode()
    assert 'class="privacy-notice"' in html


def test_without_chosen_pages_nothing_is_linked(client, homes):
    OrganisationFactory()
    html = client.get("/fr/").content.decode()
    assert "privacy-notice" not in html
