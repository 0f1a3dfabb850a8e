"""Parts of every page that show only translations and the portal's own
addresses (``{% per_language %}``) are rendered once per language, and are
each language's own."""

import pytest
from django.template import engines
from django.utils import translation

PART = engines["django"].from_string(
    "{% load fragments i18n %}{% per_language %}"
    "{% translate 'Search' %} {% url 'search' %}|{{ secret }}{% endper_language %}"
)


def test_a_part_is_each_languages_own_and_holds_no_page_variable():
    for _ in range(2):
        with translation.override("fr"):
            assert PART.render({"secret": "mine"}) == "Recherche /fr/search/|"
        with translation.override("en"):
            assert PART.render({"secret": "yours"}) == "Search /en/search/|"


@pytest.mark.django_db
def test_pages_show_the_header_and_sign_in_links_of_their_language(client, homes):
    for _ in range(2):
        for language, login in (("fr", "Se connecter"), ("ar", "تسجيل الدخول")):
            html = client.get(f"/{language}/").content.decode()
            assert f'action="/{language}/search/"' in html
            assert f'href="/{language}/accounts/login/"' in html
            assert login in html
