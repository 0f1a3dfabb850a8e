"""One Chromium per test process for the events and working-groups browser tests.

Playwright's sync API allows one running instance per thread, so the two suites
share this one (started lazily, stopped at exit) instead of each starting theirs.
"""

import atexit
import os
import shutil

import pytest

_state: dict = {}


def shared_browser():
    if "browser" not in _state:
        executable = shutil.which("chromium")
        if executable is None:
            pytest.skip("Debian's chromium is not installed (apt-get install chromium)")
        from playwright.sync_api import sync_playwright

        # Playwright's sync API runs an event loop in this thread; Django's ORM
        # refuses to run beside one unless told the calls are synchronous.
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

        from django.db import connections

        from tests.browser.conftest import CHROMIUM_ARGS

        # Playwright's greenlets give this thread a new context, where Django's
        # connections are new objects: carry over what the test database setup
        # stored (the contents that serialized rollback restores between tests).
        serialized = {
            alias: getattr(connections[alias], "_test_serialized_contents", None)
            for alias in connections
        }
        playwright = sync_playwright().start()
        for alias, contents in serialized.items():
            connection = connections[alias]
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
    if browser is not None:
        browser.close()
    if playwright is not None:
        playwright.stop()
