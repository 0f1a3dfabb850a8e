import pytest


@pytest.fixture
def page(browser_page):
    """Short name for ``browser_page`` inside tests/browser/."""
    return browser_page
