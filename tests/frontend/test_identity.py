"""The portal's identity: its own Arabic and Latin webfont, served by the portal
(never a CDN), a visual hierarchy where taking part stands out, and a log-out
control that does not look like the page's main action."""

import re

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders

from tests.factories import UserFactory

STATIC = settings.BASE_DIR / "frontend" / "static" / "frontend"
SITE_CSS = (STATIC / "css" / "site.css").read_text()


def font_faces() -> list[str]:
    return re.findall(r"@font-face\s*{([^}]*)}", SITE_CSS)


def test_the_fonts_are_self_hosted_woff2_files_with_their_licence():
    faces = font_faces()
    assert len(faces) >= 2
    urls = []
    for face in faces:
        assert "font-display: swap" in face
        assert '"Sharaka Sans"' in face
        for url in re.findall(r'url\("([^"]+)"\)', face):
            assert not url.startswith(("http:", "https:", "//")), url
            urls.append(url)
    assert any("arabic" in url for url in urls)
    assert any("latin" in url for url in urls)
    for url in urls:
        path = (STATIC / "css" / url).resolve()
        assert path.is_file(), url
        assert path.read_bytes()[:4] == b"wOF2", url
        assert finders.find(f"frontend/fonts/{path.name}"), url
    licences = sorted(p.name for p in (STATIC / "fonts").glob("OFL-*.txt"))
    assert licences == ["OFL-NotoSans.txt", "OFL-NotoSansArabic.txt"]
    for name in licences:
        assert "SIL Open Font License" in (STATIC / "fonts" / name).read_text()


def test_the_arabic_face_covers_arabic_letters_and_the_latin_one_french():
    arabic, latin = None, None
    for face in font_faces():
        if "arabic" in face and "normal" in face:
            arabic = face
        elif "latin-wght-normal" in face:
            latin = face
    assert "U+0600-06FF" in arabic  # Arabic letters, Arabic comma, digits
    assert "U+0000-00FF" in latin and "U+0152-0153" in latin  # é, à, œ


def test_every_page_uses_the_portal_font_first():
    root = re.search(r":root\s*{([^}]*)}", SITE_CSS).group(1)
    stack = re.search(r"--font:\s*([^;]+);", root).group(1)
    assert stack.strip().startswith('"Sharaka Sans"')
    assert "font-family: var(--font)" in SITE_CSS


def test_the_stylesheet_uses_logical_properties_only():
    for physical in ("margin-left", "margin-right", "padding-left", "padding-right"):
        assert physical not in SITE_CSS, physical
    assert "text-align: left" not in SITE_CSS and "float: left" not in SITE_CSS


@pytest.mark.django_db
def test_log_out_is_a_quiet_control_and_sign_up_an_invitation(client, homes):
    anonymous = BeautifulSoup(client.get("/fr/").content, "html.parser")
    assert anonymous.select_one(".account-nav a.signup-link")["href"].endswith(
        "/accounts/signup/"
    )
    client.force_login(UserFactory())
    page = BeautifulSoup(client.get("/fr/").content, "html.parser")
    button = page.select_one(".account-nav form button[type=submit]")
    assert "logout-button" in button["class"]
    assert "button" not in button["class"]
    rule = re.search(r"\.account-nav \.logout-button, [^{]*{([^}]*)}", SITE_CSS)
    assert "background: none" in rule.group(1) and "border: 0" in rule.group(1)
    # On phones the header keeps one account link; log-out is on the account page.
    account = BeautifulSoup(client.get("/fr/account/").content, "html.parser")
    assert account.select_one("main form.logout-form")["action"].endswith("/logout/")


@pytest.mark.django_db
def test_the_home_page_leads_to_taking_part_first(client, homes):
    page = BeautifulSoup(client.get("/fr/").content, "html.parser")
    hero = page.select_one(".hero")
    primary = hero.select_one("a.button.take-part")
    assert primary["href"] == "/fr/consultations/"
    assert hero.select_one("a.button.secondary")["href"].endswith(
        "/consultations/general-box/contribute/"
    )
    assert ".button.take-part {" in SITE_CSS


@pytest.mark.django_db
def test_the_logo_can_be_replaced_by_a_template_block(client, homes):
    template = (settings.BASE_DIR / "frontend" / "templates" / "base.html").read_text()
    assert "{% block logo %}" in template
    page = BeautifulSoup(client.get("/ar/").content, "html.parser")
    assert page.select_one(".brand img")["alt"] == ""


def test_the_logo_set_in_the_admin_is_shown_in_every_page_header(client, homes):
    from wagtail.models import Site

    from cms.models import SiteIdentity
    from tests.factories import ImageFactory

    html = client.get("/fr/").content.decode()
    assert "frontend/img/logo.svg" in html  # the programme's emblem by default
    identity = SiteIdentity.for_site(Site.objects.get(is_default_site=True))
    identity.logo = ImageFactory()
    identity.save()
    for path in ("/fr/", "/ar/consultations/"):
        html = client.get(path).content.decode()
        assert "frontend/img/logo.svg" not in html, path
        assert 'class="brand"' in html and "/images/" in html, path


def test_the_home_page_title_names_the_portal_once(client, homes):
    import re

    for code, name in (
        ("fr", "Gouvernement ouvert Maroc"),
        ("ar", "الحكومة المنفتحة بالمغرب"),
    ):
        html = client.get(f"/{code}/").content.decode()
        title = re.search(r"<title>(.*?)</title>", html, re.S).group(1).strip()
        assert title == name, title
