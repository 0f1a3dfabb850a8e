"""Shared browser fixtures: Debian's Chromium through Playwright, and axe-core.

Other suites reuse them by importing from here, e.g. in ``tests/<app>/conftest.py``::

    from tests.browser.conftest import browser, browser_page, axe  # noqa: F401

and mark their tests ``@pytest.mark.browser``. ``browser_page`` is a fresh page
(own cookies) whose relative URLs go to pytest-django's ``live_server``; the
database is restored after each test (serialized rollback), so migrations' data
(the root page, locales, groups) is there for every test.
"""

import atexit
import os
import shutil

import pytest

CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Live-server tests need a real (transactional) database, restored after each test
# (serialized rollback: the data that migrations create comes back every time).
browser_db = pytest.mark.django_db(transaction=True, serialized_rollback=True)


_serialized: dict[str, str] = {}


def install_cascading_flush() -> None:
    """Make the flush between transactional tests leave the migrated data in place.

    - TRUNCATE ... CASCADE: tables made by raw SQL in a migration (Django's flush
      does not know them) would otherwise block the flush on PostgreSQL.
    - Right after the flush, the data that migrations created (root page, locales,
      groups, content types) is loaded back from the test database's serialized
      copy, instead of post_migrate re-creating content types under new ids that
      clash with that copy when the next serialized-rollback test restores it.

    Installed once for the whole test process.
    """
    from django.core.management.commands import flush
    from django.db import DEFAULT_DB_ALIAS, connections

    if getattr(flush.Command.handle, "cascades", False):
        return
    original = flush.Command.handle

    def handle(self, *args, **options):
        options["allow_cascade"] = True
        alias = options.get("database") or DEFAULT_DB_ALIAS
        connection = connections[alias]
        contents = getattr(connection, "_test_serialized_contents", None)
        if contents:
            _serialized[alias] = contents
        contents = contents or _serialized.get(alias)
        if contents:
            options["inhibit_post_migrate"] = True
        result = original(self, *args, **options)
        if contents:
            connection.creation.deserialize_db_from_string(contents)
        return result

    handle.cascades = True
    flush.Command.handle = handle


# At import: any transactional test of the run (browser or not) may flush first.
install_cascading_flush()


@pytest.fixture(scope="session")
def _flush_with_cascade():
    """Kept for the suites that import it; ``browser_page`` installs it anyway."""
    install_cascading_flush()


# axe-core impacts that fail a test (minor and moderate ones are reported only).
BLOCKING_IMPACTS = ("serious", "critical")


_state: dict = {}


def shared_browser():
    """The one Chromium of this test process, started on first use.

    Playwright's sync API allows one running instance per thread, while pytest
    makes a separate session fixture of every module that imports ``browser``:
    they all get this one instance, stopped when the process exits.
    """
    if "browser" in _state:
        return _state["browser"]
    executable = shutil.which("chromium")
    if executable is None:
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium)")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; Django's ORM refuses
    # to run beside one unless told that the calls are indeed synchronous.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # Django's connections are context-local, and Playwright's greenlets give this
    # thread a new context: carry over what the test database setup stored on the
    # connection (the contents that serialized rollback restores between tests).
    serialized = {
        alias: getattr(connections[alias], "_test_serialized_contents", None)
        for alias in connections
    }
    playwright = sync_playwright().start()
    for alias, contents in serialized.items():
        connection = connections[alias]
        if contents:
            _serialized[alias] = contents
        if contents and not hasattr(connection, "_test_serialized_contents"):
            connection._test_serialized_contents = contents
    _state["playwright"] = playwright
    _state["browser"] = playwright.chromium.launch(
        executable_path=executable, args=CHROMIUM_ARGS
    )
    atexit.register(_stop)
    return _state["browser"]


def _stop():
    browser = _state.pop("browser", None)
    playwright = _state.pop("playwright", None)
    try:
        if playwright is not None and browser is not None:
            browser.close()
        if playwright is not None:
            playwright.stop()
    except Exception:  # noqa: BLE001, S110 - the process is exiting anyway
        pass


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium (never ``playwright install``), shared per process."""
    return shared_browser()


@pytest.fixture
def browser_page(browser, live_server, django_db_serialized_rollback, settings):
    """A page in a fresh browser context, pointed at the live server."""
    install_cascading_flush()
    settings.ALLOWED_HOSTS = ["*"]
    context = browser.new_context(base_url=live_server.url, locale="ar-MA")
    context.set_default_timeout(15_000)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def page(browser_page):
    """Short name for ``browser_page`` inside tests/browser/."""
    return browser_page


@pytest.fixture
def site(db):
    """The site skeleton (home page per language) for browser tests."""
    from demo.site import ensure_site

    return ensure_site(hostname="localhost")


class Axe:
    """Run axe-core (shipped with axe-playwright-python, no network) on a page."""

    def __init__(self):
        from axe_playwright_python.sync_playwright import Axe as AxeRunner

        self.runner = AxeRunner()

    def violations(self, page, impacts=BLOCKING_IMPACTS) -> list[dict]:
        results = self.runner.run(page)
        return [
            violation
            for violation in results.response["violations"]
            if violation.get("impact") in impacts
        ]

    def assert_accessible(self, page, impacts=BLOCKING_IMPACTS) -> None:
        found = self.violations(page, impacts)
        summary = [
            f"{v['id']} ({v['impact']}): {v['help']} -> "
            + "; ".join(node["target"][0] for node in v["nodes"][:5])
            for v in found
        ]
        assert not found, f"axe on {page.url}:\n" + "\n".join(summary)


@pytest.fixture(scope="session")
def axe():
    """``axe.assert_accessible(page)``: no serious or critical violation."""
    return Axe()
