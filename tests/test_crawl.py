"""Crawl the whole demo portal as a visitor and as a verified member; check each page.

One crawl finds what unit tests of single views miss: a link that answers 500 or 404,
a template without its <h1>, an unlabelled field, an inline script the CSP would block.
Then every kind of public address (pages, each module's lists and details, forms,
calendars, feeds, the sitemap, the API) is asked for in each language, with the
links found on those answers followed one step.
The demo content is loaded once for the module (inside a transaction rolled back at the
end, like tests/cms/test_demo.py) and the crawl is bounded so that it stays fast.
"""

import json
import re
from collections import deque
from dataclasses import dataclass
from urllib.parse import parse_qsl, urldefrag, urlencode, urljoin, urlsplit
from xml.etree import ElementTree

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
    """The demo portal as `load_demo` builds it, loaded once and rolled back.

    The search index is filled after each commit: inside this transaction, it is
    rebuilt at once instead so that searches find the demo content.
    """
    from django.core.management import call_command

    from search.services import index_rebuild

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", hostname="testserver", stdout=open("/dev/null", "w"))
        index_rebuild()
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


# --- Every kind of public address, in each language ----------------------------------


@dataclass(frozen=True)
class Kind:
    """One kind of public address, and what it answers.

    ``path`` is the address (``{lang}`` is the language), or ``found_on`` names the
    kind whose answer links to it and ``link`` is a pattern of that link's path.
    ``redirect`` is the start of the documented redirect's target, when it answers
    one; ``content_type`` the start of the answer's type otherwise.
    """

    name: str
    path: str = ""
    found_on: str = ""
    link: str = ""
    redirect: str = ""
    content_type: str = "text/html"


HTML, RSS, ATOM = "text/html", "application/rss+xml", "application/atom+xml"
CALENDAR, JSON, XML = "text/calendar", "application/json", "application/xml"
SEARCHED = {"ar": "الحكومة المنفتحة", "fr": "gouvernement ouvert", "en": "open"}

KINDS = [
    Kind("root", "/", redirect="/{lang}/"),
    Kind("home", "/{lang}/"),
    Kind("standard page", "/{lang}/governance/"),
    Kind("standard child page", "/{lang}/civil-society/useful-links/"),
    Kind("news index", "/{lang}/news/"),
    Kind("news item", found_on="news index", link=r"^/{lang}/news/[^/]+/$"),
    Kind("guide index", "/{lang}/guides/"),
    Kind("guide", found_on="guide index", link=r"^/{lang}/guides/[^/]+/$"),
    Kind("consultations", "/{lang}/consultations/"),
    Kind(
        "consultation",
        found_on="consultations",
        link=r"^/{lang}/consultations/(?!general-box/)[^/]+/$",
    ),
    Kind("general box", "/{lang}/consultations/general-box/"),
    Kind(
        "contribution form",
        found_on="consultation",
        link=r"^/{lang}/consultations/[^/]+/contribute/$",
    ),
    Kind("general box form", "/{lang}/consultations/general-box/contribute/"),
    Kind(
        "comment form (signed in only)",
        "/{lang}/consultations/general-box/comment/",
        redirect="/{lang}/accounts/login/?next=",
    ),
    Kind(
        "consultation feed",
        found_on="consultation",
        link=r"^/{lang}/consultations/[^/]+/feed\.rss$",
        content_type=RSS,
    ),
    Kind("events", "/{lang}/events/"),
    Kind("event", found_on="events", link=r"^/{lang}/events/\d+/$"),
    Kind(
        "event calendar file",
        found_on="event",
        link=r"^/{lang}/events/\d+/event\.ics$",
        content_type=CALENDAR,
    ),
    Kind("events calendar", "/{lang}/events/calendar/"),
    Kind("events calendar file", "/{lang}/events/calendar.ics", content_type=CALENDAR),
    Kind("working groups", "/{lang}/working-groups/"),
    Kind(
        "working group",
        found_on="working groups",
        link=r"^/{lang}/working-groups/(?!applications/)[^/]+/$",
    ),
    Kind("organisations", "/{lang}/organisations/"),
    Kind(
        "organisation",
        found_on="organisations",
        link=r"^/{lang}/organisations/(?!register/)[^/]+/$",
    ),
    Kind(
        "organisation registration (signed in only)",
        "/{lang}/organisations/register/",
        redirect="/{lang}/accounts/login/?next=",
    ),
    Kind("library", "/{lang}/library/"),
    Kind("library document", found_on="library", link=r"^/{lang}/library/\d+/$"),
    Kind("search", "/{lang}/search/?q={query}"),
    Kind("governance bodies", "/{lang}/governance/bodies/"),
    Kind(
        "governance body",
        found_on="governance bodies",
        link=r"^/{lang}/governance/bodies/[^/]+/$",
    ),
    Kind("governance meetings", "/{lang}/governance/meetings/"),
    Kind(
        "governance meeting",
        found_on="governance body",
        link=r"^/{lang}/governance/meetings/[^/]+/$",
    ),
    Kind(
        "governance meeting calendar file",
        found_on="governance meeting",
        link=r"^/{lang}/governance/meetings/[^/]+/meeting\.ics$",
        content_type=CALENDAR,
    ),
    Kind(
        "governance calendar file",
        "/{lang}/governance/meetings/calendar.ics",
        content_type=CALENDAR,
    ),
    Kind("calls for applications", "/{lang}/calls/"),
    Kind(
        "call for applications",
        found_on="calls for applications",
        link=r"^/{lang}/calls/(?!applications/)[^/]+/$",
    ),
    Kind(
        "call results",
        found_on="call for applications",
        link=r"^/{lang}/calls/[^/]+/results/$",
    ),
    Kind(
        "published application",
        found_on="call results",
        link=r"^/{lang}/calls/applications/\d+/$",
    ),
    Kind("sign-up", "/{lang}/accounts/signup/"),
    Kind("sign-in", "/{lang}/accounts/login/"),
    Kind("password reset", "/{lang}/accounts/password/reset/"),
    Kind(
        "account (signed in only)",
        "/{lang}/account/",
        redirect="/{lang}/accounts/login/?next=",
    ),
    Kind("news feed (RSS)", "/{lang}/feeds/news.rss", content_type=RSS),
    Kind("news feed (Atom)", "/{lang}/feeds/news.atom", content_type=ATOM),
    Kind("sitemap", "/sitemap.xml", content_type=XML),
    Kind("robots.txt", "/robots.txt", content_type="text/plain"),
    Kind("API root", "/api/", content_type=JSON),
    Kind("API schema", "/api/schema/", content_type="application/vnd.oai.openapi"),
    Kind("API docs", "/api/docs/"),
    Kind("API search", "/api/search/?q={query}&locale={lang}", content_type=JSON),
    Kind("API pages", "/api/v2/pages/?locale={lang}", content_type=JSON),
    Kind("API consultations", "/api/consultations/?locale={lang}", content_type=JSON),
    Kind("API calls", "/api/calls/", content_type=JSON),
]
# The API root's lists that need a signed-in person (or take no GET) answer so.
API_NOT_PUBLIC = {
    "working-group-applications": 403,
    "registrations": 403,
    "registration-cancellations": 405,
    "governance/invitations": 403,
    "calls/applications": 403,
}
# Links to follow from the answers of one language (after normalisation), at most.
MAX_LINKED = 300
# Links that change state even on GET, or sign out, are not followed.
STATE_CHANGING = SKIP_PARTS


def internal(link: str, hosts: set[str]) -> bool:
    parts = urlsplit(link)
    return parts.scheme in ("", "http", "https") and parts.netloc in hosts


def internal_hosts() -> set[str]:
    from django.conf import settings
    from wagtail.models import Site

    hosts = {"", "testserver"}
    hosts.add(urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc)
    for site in Site.objects.all():
        hosts.add(site.hostname)
        hosts.add(f"{site.hostname}:{site.port}")
    return hosts


def links_of(url: str, response) -> list[str]:
    """The addresses an answer links to, whatever its format."""
    kind = response.get("Content-Type", "")
    body = response.content.decode()
    if kind.startswith(HTML):
        soup = BeautifulSoup(body, "html.parser")
        found = [a["href"] for a in soup.find_all("a", href=True)]
        found += [
            link["href"]
            for link in soup.find_all("link", href=True)
            if {"alternate", "canonical"} & set(link.get("rel", []))
        ]
    elif kind.startswith((RSS, ATOM, XML)):
        root = ElementTree.fromstring(response.content)  # noqa: S314 (our own XML)
        found = [
            element.get("href") or (element.text or "").strip()
            for element in root.iter()
            if element.tag.rsplit("}", 1)[-1] in ("loc", "link")
        ]
    elif kind.startswith(JSON):
        found = []

        def walk(value):
            if isinstance(value, dict):
                for item in value.values():
                    walk(item)
            elif isinstance(value, list):
                for item in value:
                    walk(item)
            elif isinstance(value, str) and re.match(r"^(https?://|/)", value):
                found.append(value)

        walk(json.loads(body))
    else:
        return []
    return [urljoin(url, href) for href in found if href]


def answer_problems(url: str, response) -> list[str]:
    """What is wrong with the body of an answer, by its content type."""
    kind = response.get("Content-Type", "")
    path = urlsplit(url).path
    if kind.startswith(HTML):
        if path.startswith(tuple(f"/{language}/" for language in LANGUAGES)):
            return page_problems(url, response.content.decode())
        return []
    if kind.startswith((RSS, ATOM, XML)):
        try:
            ElementTree.fromstring(response.content)  # noqa: S314 (our own XML)
        except ElementTree.ParseError as error:
            return [f"{url}: not well-formed XML ({error})"]
    if kind.startswith(CALENDAR):
        text = response.content.decode().strip()
        if not (text.startswith("BEGIN:VCALENDAR") and text.endswith("END:VCALENDAR")):
            return [f"{url}: not an iCalendar file"]
    if kind.startswith(JSON):
        try:
            json.loads(response.content)
        except ValueError:
            return [f"{url}: not JSON"]
    return []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_kind_of_public_address_answers_in_each_language(
    demo_portal, db, language
):
    client = Client(headers={"accept-language": language})
    hosts = internal_hosts()
    problems: list[str] = []
    answers: dict[str, object] = {}
    addresses: dict[str, str] = {}

    def fill(template: str) -> str:
        return template.replace("{lang}", language).replace(
            "{query}", SEARCHED[language]
        )

    for kind in KINDS:
        if kind.found_on:
            if kind.found_on not in addresses:
                problems.append(f"{kind.name}: its page {kind.found_on!r} failed")
                continue
            source = addresses[kind.found_on]
            pattern = re.compile(fill(kind.link))
            address = next(
                (
                    normalised(link)
                    for link in links_of(source, answers[kind.found_on])
                    if internal(link, hosts) and pattern.match(urlsplit(link).path)
                ),
                None,
            )
            if address is None:
                problems.append(f"{kind.name}: {source} links to none ({kind.link})")
                continue
        else:
            address = fill(kind.path)
        response = client.get(address)
        label = f"{kind.name} ({address})"
        if kind.redirect:
            location = response.get("Location", "")
            if response.status_code != 302 or not location.startswith(
                fill(kind.redirect)
            ):
                problems.append(
                    f"{label}: answered {response.status_code} {location!r}, "
                    f"expected a redirect to {fill(kind.redirect)}"
                )
            continue
        if response.status_code != 200:
            problems.append(f"{label}: answered {response.status_code}, expected 200")
            continue
        content_type = response.get("Content-Type", "")
        if not content_type.startswith(kind.content_type):
            problems.append(f"{label}: {content_type!r}, expected {kind.content_type}")
        problems.extend(answer_problems(address, response))
        answers[kind.name] = response
        addresses[kind.name] = address

    # What a search for the portal's own name finds is not nothing.
    if "search" in answers:
        soup = BeautifulSoup(answers["search"].content, "html.parser")
        if not soup.select(".search-hit"):
            problems.append(f"search ({addresses['search']}): no result")

    # Every list the API's root names answers, in the language asked for.
    for name, link in json.loads(answers["API root"].content).items():
        path = urlsplit(link).path
        if not path.startswith("/api/") or path in addresses.values():
            continue
        response = client.get(path)
        expected = API_NOT_PUBLIC.get(name, 200)
        if response.status_code != expected:
            problems.append(f"API {name} ({path}): answered {response.status_code}")
            continue
        problems.extend(answer_problems(path, response))
        if expected == 200:
            answers[f"API {name}"] = response
            addresses[f"API {name}"] = path

    # Every internal link of those answers, one step, bounded.
    followed = set(addresses.values())
    queue: list[tuple[str, str]] = []
    for name, response in answers.items():
        for link in links_of(addresses[name], response):
            parts = urlsplit(link)
            target = normalised(link)
            if (
                not internal(link, hosts)
                or target in followed
                or any(part in parts.path for part in STATE_CHANGING)
                or parts.path.startswith(("/admin/", "/django-admin/"))
            ):
                continue
            followed.add(target)
            queue.append((target, addresses[name]))
    for target, referrer in queue[:MAX_LINKED]:
        response = client.get(target)
        if response.status_code >= 500:
            problems.append(f"{referrer}: links to {target}, which answers 500")
        elif response.status_code in (404, 410):
            problems.append(f"{referrer}: links to {target}, which answers 404")
        elif response.status_code == 200:
            problems.extend(answer_problems(target, response))
    assert len(queue) > 20, "too few links found to follow"
    assert not problems, report(problems)
