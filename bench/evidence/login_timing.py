"""Login throttling and sign-up timing, against gunicorn with several workers on
PostgreSQL, DEBUG off and no REDIS_URL (the database cache every worker shares).

1. Wrong passwords for one account within a minute, each from another address
   (behind a trusted proxy), so that only the per-account limit applies: how many
   are checked against the password before the throttle answers.
2. Sign-up with an address that has an account and with a new one, alternately:
   the median time of each (the difference tells whether an address is known).

    .venv/bin/python -m bench.evidence.login_timing [--workers 5] [--attempts 30]
        [--signups 15]

Needs PostgreSQL at 127.0.0.1:5432 (EVIDENCE_PG_ADMIN_URL); a throw-away database
is created and dropped.
"""

import argparse
import json
import re
import statistics
import sys
import time
import uuid
from http.client import HTTPConnection
from urllib.parse import urlencode

from bench.evidence.server import portal, step

KNOWN = "known@login.invalid"
PASSWORD = "correct-horse-battery"  # noqa: S105 - a throw-away database
THROTTLED = "Too many failed login attempts"


def setup() -> None:
    import django

    django.setup()
    from tests.factories import UserFactory

    UserFactory(email=KNOWN, password=PASSWORD)
    # One known address a sign-up, as someone probing a list would: the same
    # address again and again meets allauth's per-address limits instead.
    for i in range(100):
        UserFactory(email=f"known{i}@login.invalid", password=PASSWORD)
    print(json.dumps({"ok": True}))


def form(port: int, path: str) -> tuple[str, str]:
    """The CSRF cookie and the form's token of the page at ``path``."""
    conn = HTTPConnection("127.0.0.1", port, timeout=300)
    conn.request("GET", path, headers={"Host": "127.0.0.1"})
    response = conn.getresponse()
    html = response.read().decode()
    cookies = " ".join(response.headers.get_all("Set-Cookie") or [])
    cookie = re.search(r"csrftoken=([^;]+)", cookies)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html)
    if not (cookie and token):
        raise RuntimeError(f"{path}: {response.status} {response.headers} {html[:500]}")
    return cookie.group(1), token.group(1)


def post(port: int, path: str, data: dict, cookie: str, address: str):
    conn = HTTPConnection("127.0.0.1", port, timeout=300)
    start = time.perf_counter()
    conn.request(
        "POST",
        path,
        urlencode(data),
        {
            "Host": "127.0.0.1",
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": f"csrftoken={cookie}",
            "Referer": f"http://127.0.0.1:{port}{path}",
            "X-Forwarded-For": address,
        },
    )
    response = conn.getresponse()
    body = response.read().decode(errors="replace")
    return response.status, body, (time.perf_counter() - start) * 1000


def main(argv=None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--workers", type=int, default=5)
    parser.add_argument("--attempts", type=int, default=30)
    parser.add_argument("--signups", type=int, default=15)
    opts = parser.parse_args(argv)
    extra = {"TRUSTED_PROXY": "1", "TASKS_BACKEND": "database"}
    with portal(workers=opts.workers, pages=True, extra_env=extra) as site:
        site.django("bench.evidence.login_timing", "setup")
        site.start()
        step(f"gunicorn with {opts.workers} workers on PostgreSQL, database cache")
        login = "/en/accounts/login/"
        cookie, token = form(site.port, login)
        checked = throttled = other = 0
        moments = []  # when each checked attempt was answered
        started = time.monotonic()
        for i in range(opts.attempts):
            status, body, _ms = post(
                site.port,
                login,
                {"csrfmiddlewaretoken": token, "login": KNOWN, "password": f"no{i}"},
                cookie,
                f"10.1.{i // 250}.{i % 250 + 1}",
            )
            if status == 429 or THROTTLED in body:
                throttled += 1
            elif status == 200:
                checked += 1
                moments.append(time.monotonic())
            else:
                other += 1
        seconds = time.monotonic() - started
        # The limit is 5 in any 60 seconds: the most checked in one such window.
        most = max(
            (sum(1 for m in moments if t <= m < t + 60) for t in moments), default=0
        )
        print(
            f"{opts.attempts} wrong passwords for one account in {seconds:.0f} s, "
            f"each from another address, gunicorn {opts.workers} workers, "
            f"database cache: {checked} checked, {throttled} throttled, "
            f"{other} other answers; at most {most} checked in any 60 s"
        )

        signup = "/en/accounts/signup/"
        cookie, token = form(site.port, signup)
        timings = {"known": [], "new": []}
        for i in range(opts.signups * 2 + 2):
            kind = "known" if i % 2 else "new"
            email = (
                f"known{i}@login.invalid"
                if kind == "known"
                else f"n-{uuid.uuid4().hex[:8]}@x.invalid"
            )
            status, body, ms = post(
                site.port,
                signup,
                {
                    "csrfmiddlewaretoken": token,
                    "email": email,
                    "password1": "Une phrase de passe longue 2026",
                    "password2": "Une phrase de passe longue 2026",
                },
                cookie,
                f"10.2.{i // 250}.{i % 250 + 1}",
            )
            if status != 302:
                step(f"sign-up answered {status}")
            if i >= 2:  # the first two warm the workers up
                timings[kind].append(ms)
        known = statistics.median(timings["known"])
        new = statistics.median(timings["new"])
        print(
            f"sign-up, {opts.signups} each, alternately, gunicorn {opts.workers} "
            f"workers: median {known:.0f} ms for a known address, {new:.0f} ms "
            f"for a new one"
        )
    return 0 if most <= 5 else 1


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "setup":
        setup()
    else:
        sys.exit(main())
