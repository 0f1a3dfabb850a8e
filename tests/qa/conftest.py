"""QA suites reuse the shared browser fixtures (Debian's Chromium, live server)."""

from tests.browser.conftest import browser, browser_page  # noqa: F401
