"""A sample of the XSS corpus in Chromium: a few payloads of every kind in every
field people fill, then the public pages, the feeds and the admin pages that show
them. Nothing may run, and no payload may be live markup in a page. The whole
corpus over every page: ``python -m bench.evidence.xss``."""

import re

import pytest

from tests.fixtures.browser import browser_db
from tests.fixtures.xss_browser import Visitor, render_feed
from tests.fixtures.xss_seed import seed

pytestmark = [pytest.mark.browser, browser_db]

# One of each family: a tag, an attribute breakout, escaped twice, a JS string,
# a javascript: link, a CDATA end.
SAMPLE = [1, 7, 23, 30, 38, 43, 44]


def test_the_xss_sample_runs_nowhere(browser, live_server, site, settings):
    settings.ALLOWED_HOSTS = ["*"]
    seeded = seed(SAMPLE, site_home=site)
    seeded["staff"].set_password("xss-admin-password")
    seeded["staff"].save()
    visitor = Visitor.open(browser, live_server.url)
    page = visitor.page()
    for path in seeded["public"]:
        if not path.endswith((".rss", ".atom")):
            visitor.visit(page, path)
    feeds = [
        render_feed(visitor, page, p)
        for p in seeded["public"]
        if p.endswith((".rss", ".atom"))
    ]
    visitor.sign_in(page, "xss-admin@example.org", "xss-admin-password")
    kinds = {re.sub(r"\d+", "N", path): path for path in reversed(seeded["admin"])}
    for path in kinds.values():  # one page of each kind
        visitor.visit(page, path)
    visitor.context.close()

    assert len(visitor.visited) >= 60 and not visitor.errors, visitor.errors
    assert len(visitor.showing) >= 50  # the payloads did reach the pages
    assert all(f["items"] for f in feeds) and not any(f["raw_script"] for f in feeds)
    assert visitor.executions == [], visitor.executions
    assert visitor.live == [], visitor.live
