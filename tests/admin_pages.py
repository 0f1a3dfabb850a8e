"""Reading an admin screen's HTML: its page title and its header."""

import html as html_lib
import re


def _text(fragment: str) -> str:
    return " ".join(html_lib.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def page_title(html: str) -> str:
    """The ``<title>`` without Wagtail's " - <branding>" suffix."""
    found = re.search(r"<title>(.*?)</title>", html, re.S)
    title = _text(found.group(1)) if found else ""
    return title.rpartition(" - ")[0] if " - " in title else title


def page_header(html: str) -> str:
    """The text of the screen's ``<h1>`` (title and subtitle)."""
    found = re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S)
    return _text(found.group(1)) if found else ""


def assert_titled(html: str, *parts: str) -> None:
    """The screen has a page title and a header, both naming ``parts``."""
    title, header = page_title(html), page_header(html)
    assert title and header, (title, header)
    for part in parts:
        assert str(part) in title and str(part) in header, (part, title, header)
    assert 'style="' not in html.split("<main", 1)[-1], "inline style (the CSP)"
