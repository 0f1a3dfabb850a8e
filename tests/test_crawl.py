"""Crawl the whole demo portal as a visitor and as a verified member; check each page.

One crawl finds what unit tests of single views miss: a link that answers 500 or 404,
a template without its <h1>, an unlabelled field, an inline script the CSP would block.
The demo content is loaded once for the module (inside a transaction rolled back at the
end, like tests/cms/test_demo.py) and the crawl is bounded so that it stays fast.
"""

from collections import deque
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from django.db import transaction
from django.test import Client

pytestmark = pytest.mark.django_db

MAX_PAGES = 400
LANGUAGES = ("ar", "fr", "en")
RTL = {"ar"}
STARTS = [f"/{language}/" for language in LANGUAGES]
# Not pages for people: machine endpoints, admin, files, and links that change state.
SKIP_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/api/",
    "/static/",
    "/media/",
    "/documents/",
)
SKIP_PARTS = ("logout", "/cancel", "/delete", "/unsubscribe", "/confirm", "/verify")
SKIP_SUFFIXES = (
    ".xml",
    ".txt",
    ".ics",
    ".pdf",
    ".csv",
    ".xlsx",
    ".json",
    ".rss",
    ".atom",
)
NOT_HTML_PARTS = ("/feed", "/rss", "/atom", "/download", "/export", "/calendar.ics")
LABEL_EXEMPT = {"hidden", "submit", "button", "reset", "image"}
# Query strings multiply pages (filters, tags, ?next=): a few variants per path suffice.
IGNORED_PARAMETERS = {"next"}
MAX_VARIANTS_PER_PATH = 3


@pytest.fixture(scope="module")
def demo_portal(django_db_setup, django_db_blocker):
    """The demo portal as `load_demo` builds it, loaded once and rolled back."""
    from django.core.management import call_command

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", hostname="testserver", stdout=open("/dev/null", "w"))
        yield
        transaction.set_rollback(True)


@pytest.fixture
def verified_member(demo_portal, db):
    from allauth.account.models import EmailAddress

    from events.models import Event
    from events.services import registration_create
    from tests.factories import UserFactory
    from working_groups.models import Organisation

    member = UserFactory()
    EmailAddress.objects.update_or_create(
        user=member, email=member.email, defaults={"verified": True, "primary": True}
    )
    # A representative of a CSO with an event registration sees the most forms:
    # their organisation's edit page, leaving a group, managing a registration.
    Organisation.objects.order_by("pk").first().representatives.add(member)
    registration_create(event=Event.objects.order_by("pk").first(), user=member)
    return member


def crawlable(url: str) -> bool:
    path = urlsplit(url).path
    if urlsplit(url).netloc not in ("", "testserver"):
        return False
    if not path.startswith(tuple(f"/{language}/" for language in LANGUAGES)):
        return False
    if path.startswith(SKIP_PREFIXES) or path.endswith(SKIP_SUFFIXES):
        return False
    return not any(part in path for part in SKIP_PARTS + NOT_HTML_PARTS)


def normalised(url: str) -> str:
    """The URL without fragment, host or parameters that do not change the page."""
    parts = urlsplit(urldefrag(url)[0])
    query = [(k, v) for k, v in parse_qsl(parts.query) if k not in IGNORED_PARAMETERS]
    return parts._replace(scheme="", netloc="", query=urlencode(sorted(query))).geturl()


def page_problems(url: str, html: str) -> list[str]:
    """What is wrong with one HTML page, as sentences naming the page."""
    problems = []
    soup = BeautifulSoup(html, "html.parser")
    language = urlsplit(url).path.split("/")[1]
    root = soup.find("html")
    if root is None:
        return [f"{url}: no <html> element"]
    if root.get("lang", "").split("-")[0] != language:
        problems.append(f"{url}: <html lang={root.get('lang')!r}> under /{language}/")
    expected_dir = "rtl" if language in RTL else "ltr"
    if root.get("dir") != expected_dir:
        problems.append(
            f"{url}: <html dir={root.get('dir')!r}>, expected {expected_dir!r}"
        )
    headings = soup.find_all("h1")
    if len(headings) != 1:
        problems.append(f"{url}: {len(headings)} <h1> elements, expected exactly one")
    if soup.find("main") is None:
        problems.append(f"{url}: no <main> landmark")
    for script in soup.find_all("script"):
        kind = script.get("type", "")
        if not script.get("src") and kind not in (
            "application/json",
            "application/ld+json",
        ):
            problems.append(f"{url}: inline <script> (blocked by the CSP)")
    labelled = {
        label.get("for") for label in soup.find_all("label") if label.get("for")
    }
    for control in soup.find_all(["input", "select", "textarea"]):
        if control.name == "input" and control.get("type", "text") in LABEL_EXEMPT:
            continue
        wrapped = control.find_parent("label") is not None
        named = control.get("aria-label") or control.get("aria-labelledby")
        if not (wrapped or named or (control.get("id") and control["id"] in labelled)):
            problems.append(
                f"{url}: unlabelled <{control.name} name={control.get('name')!r} "
                f"id={control.get('id')!r}>"
            )
    for label in soup.find_all("label"):
        target = label.get("for")
        if target and soup.find(id=target) is None:
            problems.append(f"{url}: <label for={target!r}> names no element")
        if not target and label.find(["input", "select", "textarea"]) is None:
            text = label.get_text(" ", strip=True)[:40]
            problems.append(
                f"{url}: <label> {text!r} labels nothing (a group needs <fieldset>)"
            )
    ids = [element["id"] for element in soup.find_all(id=True)]
    for duplicate in sorted({i for i in ids if ids.count(i) > 1}):
        problems.append(f"{url}: id {duplicate!r} used more than once")
    for element in soup.find_all(href=True):
        if not element["href"].strip():
            problems.append(f"{url}: <{element.name}> with an empty href")
    return problems


def crawl(client: Client) -> tuple[dict[str, int], list[str]]:
    """Breadth-first from each language's home: statuses seen, problems found."""
    seen: dict[str, int] = {}
    problems: list[str] = []
    queue = deque(STARTS)
    queued = set(STARTS)
    variants: dict[str, int] = {}

    referrers: dict[str, str] = {}

    def enqueue(target: str, referrer: str) -> None:
        target = normalised(target)
        if not crawlable(target) or target in queued:
            return
        referrers[target] = referrer
        path = urlsplit(target).path
        if urlsplit(target).query:
            if variants.get(path, 0) >= MAX_VARIANTS_PER_PATH:
                return
            variants[path] = variants.get(path, 0) + 1
        queued.add(target)
        queue.append(target)

    while queue and len(seen) < MAX_PAGES:
        url = queue.popleft()
        response = client.get(url)
        seen[url] = response.status_code
        if response.status_code >= 500:
            problems.append(f"{url}: answered {response.status_code}")
            continue
        if response.status_code in (404, 410):
            problems.append(f"{referrers.get(url)}: links to {url}, which answers 404")
            continue
        if response.status_code in (301, 302, 303, 307, 308):
            enqueue(urljoin(url, response["Location"]), url)
            continue
        if "text/html" not in response.get("Content-Type", ""):
            continue
        html = response.content.decode()
        problems.extend(page_problems(url, html))
        for anchor in BeautifulSoup(html, "html.parser").find_all("a", href=True):
            enqueue(urljoin(url, anchor["href"]), url)
    return seen, problems


def report(problems: list[str]) -> str:
    return "\n".join(sorted(set(problems)))


def test_every_page_a_visitor_can_reach_is_sound(demo_portal, db):
    seen, problems = crawl(Client())
    reached = {url for url, status in seen.items() if status == 200}
    for language in ("ar", "fr"):
        for section in (
            "library",
            "consultations",
            "working-groups",
            "organisations",
            "events",
        ):
            assert any(url.startswith(f"/{language}/{section}/") for url in reached), (
                f"/{language}/{section}/ not reached from the home pages"
            )
    assert not problems, report(problems)


def test_every_page_a_verified_member_can_reach_is_sound(verified_member):
    client = Client()
    client.force_login(verified_member)
    seen, problems = crawl(client)
    reached = {url for url, status in seen.items() if status == 200}
    for part in ("/account/", "/edit/", "/events/registrations/"):
        assert any(part in url for url in reached), f"no page with {part} reached"
    assert not problems, report(problems)
