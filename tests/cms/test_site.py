import re

import pytest

pytestmark = pytest.mark.django_db


def test_the_arabic_home_page_is_right_to_left(client, homes):
    response = client.get("/ar/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html


def test_the_french_home_page_is_left_to_right(client, homes):
    response = client.get("/fr/")
    assert response.status_code == 200
    assert '<html lang="fr" dir="ltr">' in response.content.decode()


def test_the_language_switcher_leads_to_the_same_page_in_french(client, homes):
    html = client.get("/ar/").content.decode()
    links = dict(re.findall(r'<a href="([^"]+)" lang="(\w+)" hreflang', html))
    assert "/fr/" in links and links["/fr/"] == "fr"


def test_the_root_redirects_to_a_language(client, homes):
    response = client.get("/")
    assert response.status_code == 302
    assert re.match(r"^/(ar|fr|en)/$", response["Location"])


def test_a_page_has_a_skip_link_and_landmarks(client, homes):
    html = client.get("/fr/").content.decode()
    assert 'class="skip-link" href="#main"' in html
    for landmark in ('role="banner"', '<main id="main"', 'role="contentinfo"'):
        assert landmark in html
