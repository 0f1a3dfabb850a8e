"""Pinned query counts of every kind of page and API list, on the demo content.

Each kind (a Wagtail page type, a module's named route, an API list) is found by
following the links of the home page and of the API root, then requested twice
with the page cache off: the second request (shared fragments warm, as in
production) must not run more queries than pinned in ``query_counts.json``. A
change that adds a query fails here; one that removes some may lower the pins
(``PIN_QUERY_COUNTS=1`` rewrites the file with the counts measured; the pins hold on
SQLite and PostgreSQL, so keep the larger count where the two differ: search runs
more queries on PostgreSQL).
"""

import json
import os
import re
from pathlib import Path

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from django.urls import Resolver404, resolve

pytestmark = pytest.mark.django_db

PINS = Path(__file__).with_name("query_counts.json")
LINK = re.compile(r'href="(/(?:fr|api)/[^"#?]*)"')


@pytest.fixture(scope="module")
def demo_portal(django_db_setup, django_db_blocker):
    from django.core.management import call_command

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", hostname="testserver", stdout=open(os.devnull, "w"))
        yield
        transaction.set_rollback(True)


def kind_of(client, path: str) -> str | None:
    """The route's name, or the Wagtail page type; the request warms the fragments."""
    try:
        match = resolve(path)
    except Resolver404:
        return None
    response = client.get(path)
    if response.status_code != 200:
        return None
    if match.url_name in (None, "wagtail_serve"):
        page = (response.context or {}).get("page")
        return "page:" + type(page).__name__ if page is not None else None
    return match.url_name


def discover(client) -> dict[str, str]:
    kinds: dict[str, str] = {}
    pages = ["/fr/"]
    for url in ["/fr/", "/fr/consultations/", "/fr/events/", "/fr/library/"]:
        response = client.get(url)
        if response.status_code == 200:
            pages += LINK.findall(response.content.decode())
    for path in dict.fromkeys(pages):
        if (
            path.startswith(("/fr/accounts", "/api/"))
            or path.endswith((".rss", "/")) is False
        ):
            continue
        kind = kind_of(client, path)
        if kind and kind not in kinds:
            kinds[kind] = path
    root = client.get("/api/", HTTP_ACCEPT="application/json").json()
    for name, url in root.items():
        if isinstance(url, str) and "/api/" in url and "schema" not in url:
            path = "/api/" + url.split("/api/", 1)[1]
            if client.get(path).status_code == 200:
                kinds["api:" + name] = path
    return kinds


@pytest.mark.slow
def test_no_page_or_api_list_runs_more_queries_than_pinned(demo_portal, client):
    kinds = discover(client)
    measured = {}
    for kind, path in sorted(kinds.items()):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        if response.status_code == 200:
            measured[kind] = len(queries)
    if os.environ.get("PIN_QUERY_COUNTS") == "1":
        PINS.write_text(json.dumps(measured, indent=1, sort_keys=True) + "\n")
    pins = json.loads(PINS.read_text())
    grown = {k: (n, pins[k]) for k, n in measured.items() if k in pins and n > pins[k]}
    assert not grown, f"more queries than pinned (measured, pinned): {grown}"
    missing = sorted(set(pins) - set(measured))
    assert not missing, f"kinds no longer measured: {missing}"
    assert len(measured) >= 15, measured
