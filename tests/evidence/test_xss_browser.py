"""The whole XSS corpus in Chromium: every payload in every field people fill,
then the public site (crawled from the records' pages), the feeds rendered as a
naive reader would, and the admin (crawled from every menu entry, as a
superuser). Counts what ran (the hook, alert/confirm/prompt/print, dialogs) and
what is live markup in a page without having run; both must be 0.

Off in the default run: ``XSS_EVIDENCE=1 pytest -m browser tests/evidence/
test_xss_browser.py -s``, or ``python -m bench.evidence.xss`` (PostgreSQL). The
figures go to stdout and, with ``XSS_EVIDENCE_OUT``, to a JSON file.
"""

import json
import os
import time

import pytest

from tests.fixtures.browser import browser_db
from tests.fixtures.xss import TEMPLATES
from tests.fixtures.xss_browser import Visitor, render_feed
from tests.fixtures.xss_seed import seed

pytestmark = [
    pytest.mark.browser,
    pytest.mark.slow,
    browser_db,
    pytest.mark.skipif(
        not os.environ.get("XSS_EVIDENCE"), reason="set XSS_EVIDENCE=1 to run"
    ),
]

SITE_PAGES = int(os.environ.get("XSS_SITE_PAGES", "700"))
ADMIN_PAGES = int(os.environ.get("XSS_ADMIN_PAGES", "250"))
PASSWORD = "xss-admin-password"


def admin_menu_urls(user) -> list[str]:
    """Every entry of the admin menu (submenus opened) for ``user``."""
    from django.test import RequestFactory
    from wagtail.admin.menu import admin_menu

    request = RequestFactory().get("/admin/")
    request.user = user

    def walk(items):
        for item in items:
            if hasattr(item, "menu"):
                yield from walk(item.menu.menu_items_for_request(request))
            elif item.url.startswith("/admin/"):
                yield item.url

    return list(dict.fromkeys(walk(admin_menu.menu_items_for_request(request))))


def test_the_whole_corpus_runs_nowhere(browser, live_server, site, settings):
    settings.ALLOWED_HOSTS = ["*"]
    started = time.monotonic()
    seeded = seed(range(len(TEMPLATES)), site_home=site)
    seeded["staff"].set_password(PASSWORD)
    seeded["staff"].save()
    seeding = time.monotonic() - started

    public = [p for p in seeded["public"] if not p.endswith((".rss", ".atom"))]
    feeds = [p for p in seeded["public"] if p.endswith((".rss", ".atom"))]
    site_visitor = Visitor.open(browser, live_server.url)
    page = site_visitor.page()
    start = ["/fr/", "/ar/", *public, "/api/", "/api/contributions/", "/api/events/"]
    site_visitor.crawl(page, start, base_url=live_server.url, limit=SITE_PAGES)
    records_seen = len(set(public) & set(site_visitor.visited))
    feed_visitor = Visitor.open(browser, live_server.url)
    rendered = [render_feed(feed_visitor, feed_visitor.page(), p) for p in feeds]

    admin_visitor = Visitor.open(browser, live_server.url)
    page = admin_visitor.page()
    admin_visitor.sign_in(page, "xss-admin@example.org", PASSWORD)
    start = [*seeded["admin"], *admin_menu_urls(seeded["staff"]), "/admin/snippets/"]
    admin_visitor.crawl(
        page, start, base_url=live_server.url, limit=ADMIN_PAGES, prefix="/admin/"
    )
    visitors = {"site": site_visitor, "feeds": feed_visitor, "admin": admin_visitor}
    figures = {
        "payloads": len(TEMPLATES),
        "fields": seeded["fields"],
        "payload_field_pairs": len(TEMPLATES) * seeded["fields"],
        "pages": {name: len(v.visited) for name, v in visitors.items()},
        "record_pages": f"{records_seen} of {len(public)}",
        "pages_showing_a_payload": {k: len(v.showing) for k, v in visitors.items()},
        "feed_items_rendered": sum(f["items"] for f in rendered),
        "raw_script_in_feed_xml": sum(f["raw_script"] for f in rendered),
        "executions": sum(len(v.executions) for v in visitors.values()),
        "live_markup": sum(len(v.live) for v in visitors.values()),
        "not_opened": sum(len(v.errors) for v in visitors.values()),
        "seconds": {
            "seeding": round(seeding),
            "total": round(time.monotonic() - started),
        },
        "database": settings.DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1],
        "found": [x for v in visitors.values() for x in v.executions + v.live][:40],
        "errors": [e for v in visitors.values() for e in v.errors][:20],
    }
    for v in visitors.values():
        v.context.close()
    print("\nXSS evidence:", json.dumps(figures, indent=1, ensure_ascii=False))
    if os.environ.get("XSS_EVIDENCE_OUT"):
        with open(os.environ["XSS_EVIDENCE_OUT"], "w") as out:
            json.dump(figures, out, indent=1, ensure_ascii=False)
    assert figures["pages"]["site"] >= 50 and figures["pages"]["admin"] >= 30
    assert figures["raw_script_in_feed_xml"] == 0
    assert figures["executions"] == 0, figures["found"]
    assert figures["live_markup"] == 0, figures["found"]
