"""Hostile input against a demo portal (DEBUG off, one process): every API list
and detail route with ids that are not integers, NUL bytes, impossible dates,
offsets past bigint and JSON nested 5,000 deep, plus site pages; prints each
answer that is a server error, and their number.

    make demo
    export DEBUG=0 SECRET_KEY=x ALLOWED_HOSTS='*' SECURE_SSL_REDIRECT=0 PYTHONPATH=.
    .venv/bin/python manage.py collectstatic --no-input -v0
    .venv/bin/python bench/evidence/hostile_input.py
"""

import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings")
django.setup()

from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

QUERY = (
    "?q=%00&search=%00&from=2023-02-30&to=9999-12-31"
    "&offset=99999999999999999999999&limit=99999999999999999999&page=%00"
)
DEEP = '{"a":' * 5000 + "1" + "}" * 5000
PAGES = [
    "/api/v2/pages/?offset=99999999999999999999999",
    "/api/v2/pages/?limit=99999999999999999999999",
    "/api/v2/pages/abc/",
    "/api/v2/images/?offset=9223372036854775808",
    "/api/v2/pages/?search=%00",
    "/ar/events/calendar/?year=9999&month=12",
    "/ar/events/calendar/?year=10000",
    "/ar/events/calendar/?year=0&month=13",
    "/ar/events/?from=2023-02-30",
    "/ar/search/?q=%00",
    "/ar/news/%00/",
    "/ar/consultations/%00/",
    "/ar/events/?page=99999999999999999999",
    "/api/events/?from=2023-02-30",
    "/api/events/?from=9999-12-31",
    "/api/registrations/?event=1.5",
]


def main() -> int:
    setup_test_environment()
    client = Client(raise_request_exception=False)
    root = client.get("/api/", HTTP_ACCEPT="application/json").json()
    routes = ["/" + url.split("/", 3)[3] for url in root.values() if "://" in url]
    bad, sent = [], 0

    def hit(method, path, **kwargs):
        nonlocal sent
        sent += 1
        status = getattr(client, method)(path, **kwargs).status_code
        if status >= 500:
            bad.append((method, path, status))

    for route in routes:
        hit("get", route)
        for pk in ("abc/", "1.5/", "99999999999999999999999/", "%00/"):
            hit("get", route + pk)
        hit("get", route + QUERY)
        hit("post", route, data=DEEP, content_type="application/json")
        hit("post", route + "abc/support/", data="{}", content_type="application/json")
    for page in PAGES:
        hit("get", page)
    for item in bad:
        print(*item)
    print(f"{len(bad)} server errors in {sent} requests")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
