"""axe-core on every module's public pages, the sign-up and sign-in pages and the
account page, at a phone's (390 px) and a desktop's (1280 px) width.

The demo portal is loaded once per width (a transactional test cannot keep data for
the next one) and every page is checked in that one test: each page's violations
are collected and the test fails at the end listing all of them, page by page.
The pages are in Arabic, a few in French too.
"""

import io
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.management import call_command
from django.test import Client

from tests.fixtures.browser import browser_db

pytestmark = [pytest.mark.browser, browser_db]

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}

# (name, address): an address, or ``("list name", r"pattern")`` for the first link
# of that list's page whose path matches the pattern.
PAGES = [
    ("consultations", "/ar/consultations/"),
    ("consultation", ("consultations", r"^/ar/consultations/(?!general-box/)[^/]+/$")),
    ("contribution form", ("consultation", r"^/ar/consultations/[^/]+/contribute/$")),
    ("events", "/ar/events/"),
    ("event", ("events", r"^/ar/events/\d+/$")),
    ("working groups", "/ar/working-groups/"),
    ("working group", ("working groups", r"^/ar/working-groups/[^/]+/$")),
    ("organisations", "/ar/organisations/"),
    ("organisation", ("organisations", r"^/ar/organisations/(?!register/)[^/]+/$")),
    ("library", "/ar/library/"),
    ("library document", ("library", r"^/ar/library/\d+/$")),
    ("search", "/ar/search/?q=الحكومة المنفتحة"),
    ("governance bodies", "/ar/governance/bodies/"),
    ("governance body", ("governance bodies", r"^/ar/governance/bodies/[^/]+/$")),
    ("governance meeting", ("governance body", r"^/ar/governance/meetings/[^/]+/$")),
    ("sign-up", "/ar/accounts/signup/"),
    ("sign-in", "/ar/accounts/login/"),
    ("consultations (fr)", "/fr/consultations/"),
    (
        "consultation (fr)",
        ("consultations (fr)", r"^/fr/consultations/(?!general-box/)[^/]+/$"),
    ),
    ("events (fr)", "/fr/events/"),
    ("event (fr)", ("events (fr)", r"^/fr/events/\d+/$")),
    ("search (fr)", "/fr/search/?q=gouvernement ouvert"),
    ("sign-up (fr)", "/fr/accounts/signup/"),
]
# Checked signed in, after the others.
SIGNED_IN_PAGES = [
    ("account", "/ar/account/"),
    ("account (fr)", "/fr/account/"),
    ("consultation, signed in", "consultation"),
]

LINKS = "() => [...document.querySelectorAll('main a[href]')].map(a => a.pathname)"


@pytest.fixture
def demo(db):
    """The demo portal, for the live server's host; committed (the test is
    transactional) and flushed afterwards.

    The search index is a table that the flush does not empty: it is emptied before
    and after, so that searches find this demo's content once, and later tests none.
    """
    from search.engines import get_engine

    engine = get_engine()
    engine.clear()
    call_command("load_demo", hostname="localhost", stdout=io.StringIO())
    yield
    engine.clear()


@pytest.fixture
def member(demo):
    """A verified person who represents an organisation and registered for an event."""
    from events.models import Event
    from events.services import registration_create
    from tests.factories import UserFactory
    from working_groups.models import Organisation

    person = UserFactory()
    Organisation.objects.order_by("pk").first().representatives.add(person)
    registration_create(event=Event.objects.order_by("pk").first(), user=person)
    return person


def sign_in(page, live_server, person) -> None:
    """Give the browser the session cookie of ``person``, signed in."""
    client = Client()
    client.force_login(person)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies(
        [{"name": cookie.key, "value": cookie.value, "url": live_server.url}]
    )


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_the_module_and_account_pages_pass_axe(
    member, browser_page, live_server, axe, viewport
):
    page = browser_page
    page.set_viewport_size(viewport)
    addresses: dict[str, str] = {}
    links: dict[str, list[str]] = {}
    failures: list[str] = []

    def check(name: str, address: str) -> None:
        response = page.goto(address)
        if response is None or response.status != 200:
            failures.append(
                f"{name} ({address}): answered {response and response.status}"
            )
            return
        if urlsplit(page.url).path != urlsplit(address).path:
            failures.append(f"{name} ({address}): redirected to {page.url}")
            return
        addresses[name] = address
        links[name] = page.evaluate(LINKS)
        try:
            axe.assert_accessible(page)
        except AssertionError as error:
            failures.append(f"{name}: {error}")

    # The lists first, then what they link to.
    for name, target in sorted(PAGES, key=lambda item: isinstance(item[1], tuple)):
        if isinstance(target, tuple):
            source, pattern = target
            found = [link for link in links.get(source, []) if re.match(pattern, link)]
            if not found:
                failures.append(f"{name}: no link on {source} matches {pattern}")
                continue
            target = found[0]
        check(name, target)

    sign_in(page, live_server, member)
    for name, target in SIGNED_IN_PAGES:
        check(name, addresses.get(target, target))
    assert "account" in addresses, failures
    assert not failures, "\n".join(failures)
