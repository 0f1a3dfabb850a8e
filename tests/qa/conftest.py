"""QA suites reuse the shared browser fixtures (Debian's Chromium, live server)."""

from tests.browser.conftest import (  # noqa: F401
    _flush_with_cascade,
    browser,
    browser_page,
)
