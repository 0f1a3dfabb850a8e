"""The language switcher keeps people in their language across the login form."""

import html
import re
from urllib.parse import parse_qs, urlsplit

import pytest

pytestmark = pytest.mark.django_db


def switcher(content: str) -> dict[str, str]:
    links = re.findall(r'<a href="([^"]*)" lang="(\w+)" hreflang="\w+"', content)
    return {code: html.unescape(url) for url, code in links}


def test_the_switcher_translates_next_on_the_login_page(client, homes):
    """Switching the login page to English used to keep an Arabic ``next``."""
    content = client.get("/ar/accounts/login/?next=/ar/consultations/").content.decode()
    links = switcher(content)
    assert links["en"] == "/en/accounts/login/?next=%2Fen%2Fconsultations%2F"
    assert links["fr"] == "/fr/accounts/login/?next=%2Ffr%2Fconsultations%2F"


def test_the_switcher_translates_a_next_that_is_a_wagtail_page(client, homes):
    links = switcher(client.get("/ar/accounts/login/?next=/ar/").content.decode())
    assert links["fr"] == "/fr/accounts/login/?next=%2Ffr%2F"


@pytest.mark.parametrize(
    "target",
    ["//evil.example/ar/", "https://evil.example/ar/", "/\\evil.example/ar/"],
)
def test_the_switcher_never_rewrites_a_next_to_another_site(client, homes, target):
    content = client.get("/ar/accounts/login/", {"next": target}).content.decode()
    links = switcher(content)
    for code in ("fr", "en"):
        query = parse_qs(urlsplit(links[code]).query)
        assert query.get("next") == [target]


def test_references_and_file_types_keep_their_order_in_arabic(client, homes):
    """Codes inside Arabic text are isolated left-to-right (<bdi dir="ltr">)."""
    from tests.factories import ContributionFactory, LibraryDocumentFactory

    contribution = ContributionFactory()
    html = client.get(contribution.consultation.get_url_path()).content.decode()
    assert f'<bdi dir="ltr">{contribution.reference}</bdi>' in html
    document = LibraryDocumentFactory()
    html = client.get(f"/ar/library/{document.pk}/").content.decode()
    assert f'<bdi dir="ltr">{document.file_extension.upper()}</bdi>' in html
