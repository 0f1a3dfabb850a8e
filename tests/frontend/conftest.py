"""Browser tests of the site's frame reuse the shared fixtures (Debian's Chromium)."""

from tests.browser.conftest import browser, browser_page  # noqa: F401
