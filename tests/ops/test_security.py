"""Security headers, and no inline script anywhere on the public site."""

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db

ROOT = Path(settings.BASE_DIR)
# A <script> without src, unless it only carries data (JSON is never executed).
INLINE_SCRIPT = re.compile(
    r"<script\b(?![^>]*\bsrc=)(?![^>]*type=[\"']application/(?:ld\+)?json[\"'])",
    re.IGNORECASE,
)
INLINE_HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE)


def test_public_pages_send_the_security_headers(client, homes):
    response = client.get("/fr/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    policy = response["Content-Security-Policy"]
    directives = {
        part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()
    }
    assert directives["script-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["base-uri"] == ["'self'"]
    assert "'unsafe-inline'" not in directives["script-src"]
    assert "'unsafe-eval'" not in directives["script-src"]


def test_api_answers_and_account_pages_carry_the_strict_policy_too(client, homes):
    for url in ("/api/", "/fr/accounts/login/"):
        policy = client.get(url)["Content-Security-Policy"]
        assert "script-src 'self';" in policy


def test_only_the_admin_gets_a_relaxed_script_policy(client, homes):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy
    assert "object-src 'none'" in policy


def test_hsts_is_sent_over_https_when_configured(client, homes, settings):
    settings.SECURE_HSTS_SECONDS = 31536000
    settings.SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    settings.SECURE_HSTS_PRELOAD = True
    response = client.get("/fr/", secure=True)
    assert response["Strict-Transport-Security"] == (
        "max-age=31536000; includeSubDomains; preload"
    )


def template_files():
    folders = [ROOT / "frontend" / "templates"]
    folders += [
        path
        for path in ROOT.glob("*/templates")
        if not path.is_relative_to(ROOT / ".venv")
    ]
    for folder in folders:
        yield from sorted(folder.rglob("*.html"))


def test_no_public_template_holds_an_inline_script_or_event_handler():
    offenders = []
    for path in template_files():
        relative = path.relative_to(ROOT)
        if "admin" in relative.parts:  # Wagtail admin screens have their own policy
            continue
        text = path.read_text(encoding="utf-8")
        if INLINE_SCRIPT.search(text) or INLINE_HANDLER.search(text):
            offenders.append(str(relative))
    assert not offenders, f"inline scripts break the CSP: {offenders}"


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.hrefs = []

    def handle_starttag(self, tag, attrs):
        href = dict(attrs).get("href")
        if tag == "a" and href:
            self.hrefs.append(href)


def crawl(client, start: list[str], limit: int = 60) -> dict[str, str]:
    """Rendered HTML of the site's own pages reachable from ``start``."""
    seen: dict[str, str] = {}
    queue = list(start)
    while queue and len(seen) < limit:
        url = queue.pop(0)
        if url in seen:
            continue
        response = client.get(url)
        if response.status_code != 200 or "text/html" not in response.get(
            "Content-Type", ""
        ):
            seen[url] = ""
            continue
        html = response.content.decode()
        seen[url] = html
        parser = Links()
        parser.feed(html)
        for href in parser.hrefs:
            parts = urlsplit(href)
            if parts.netloc or not parts.path.startswith("/"):
                continue
            if parts.path.startswith(("/admin/", "/django-admin/", "/api/", "/media/")):
                continue
            queue.append(parts.path)
    return {url: html for url, html in seen.items() if html}


MODULE_PAGES = [
    "/{lang}/library/",
    "/{lang}/search/",
    "/{lang}/consultations/",
    "/{lang}/working-groups/",
    "/{lang}/organisations/",
    "/{lang}/events/",
    "/{lang}/events/calendar/",
]


def test_no_rendered_public_page_holds_an_inline_script(homes, user):
    from django.test import Client

    # Other suites check that each page works; this one reads those that do.
    client = Client(raise_request_exception=False)
    start = []
    for language in ("ar", "fr", "en"):
        start.append(f"/{language}/")
        start += [page.format(lang=language) for page in MODULE_PAGES]
        start += [
            f"/{language}/accounts/login/",
            f"/{language}/accounts/signup/",
            f"/{language}/accounts/password/reset/",
        ]
    pages = crawl(client, start)
    client.force_login(user)
    pages.update(
        crawl(
            client,
            [
                "/fr/account/",
                "/fr/account/edit/",
                "/fr/accounts/email/",
                "/fr/accounts/password/change/",
            ],
            limit=20,
        )
    )
    assert len(pages) >= 10
    offenders = sorted(url for url, html in pages.items() if INLINE_SCRIPT.search(html))
    assert not offenders, f"pages with an inline script: {offenders}"


def test_the_admin_dashboard_makes_no_request_to_a_remote_server(
    client, homes, superuser
):
    """Wagtail's update check would call out on every dashboard load; the CSP and
    an offline server refuse it, so it is off."""
    client.force_login(superuser)
    response = client.get("/admin/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "releases.wagtail.io" not in html
    assert "data-w-upgrade" not in html
