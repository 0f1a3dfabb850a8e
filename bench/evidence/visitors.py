"""Visitors of the bot and human runs (``bench.evidence.bots``,
``bench.evidence.humans``): a browser-like session with its address, and the
few things a person or a program does on the portal.

The portal runs with ``TRUSTED_PROXY=1``, as a deployment behind a reverse proxy
does: the proxy appends the address it received the request from to
``X-Forwarded-For``, and the portal counts that last entry. A visitor's
``address`` is that entry; ``forged`` is what the visitor itself puts before it
(a bot may write anything there; the proxy keeps it).
"""

import json
import re
import time
import uuid

import requests

from bench.evidence.server import CSRF

PASSWORD = "Une phrase de passe longue 2026"  # noqa: S105 - a throw-away database


class Visitor:
    def __init__(self, base: str, address: str, *, session_key: str = ""):
        self.base, self.address, self.forged = base, address, ""
        self.http = requests.Session()
        self.http.cookies.set("csrftoken", CSRF)
        if session_key:
            self.http.cookies.set("sessionid", session_key)

    def headers(self, **extra) -> dict:
        chain = f"{self.forged}, {self.address}" if self.forged else self.address
        return {
            "Host": "127.0.0.1",
            "X-CSRFToken": CSRF,
            "Referer": self.base + "/",
            "X-Forwarded-For": chain,
            **extra,
        }

    def get(self, path: str) -> requests.Response:
        return self.http.get(self.base + path, headers=self.headers(), timeout=120)

    def post(self, path: str, data: dict, **kwargs) -> requests.Response:
        return self.http.post(
            self.base + path,
            data=data,
            headers=self.headers(),
            timeout=120,
            allow_redirects=False,
            **kwargs,
        )

    def api(self, path: str, data: dict) -> requests.Response:
        return self.http.post(
            self.base + path,
            data=json.dumps(data),
            headers=self.headers(**{"Content-Type": "application/json"}),
            timeout=120,
        )

    def started(self, path: str) -> str:
        """The signed start time of the form at ``path``, as a browser gets it."""
        html = self.get(path).text
        found = re.search(r'name="started" value="([^"]+)"', html)
        if not found:
            raise RuntimeError(f"no fill-time token in the form at {path}")
        return found.group(1)

    def proof(self) -> str:
        """Ask for a challenge and solve it, as the API's clients do."""
        from core.challenge import solve

        return solve(self.get("/api/challenge/").json())

    def sign_in(self, email: str, password: str = PASSWORD) -> requests.Response:
        """The login form, as a person fills it in; 302 when signed in."""
        self.get("/en/accounts/login/")
        answer = self.post(
            "/en/accounts/login/", {"login": email, "password": password}
        )
        # The session cookie is Secure (HTTPS in production): this run speaks
        # HTTP, so it is carried over by hand, with the run's CSRF cookie.
        session = [c.value for c in self.http.cookies if c.name == "sessionid"]
        self.http.cookies.clear()
        self.http.cookies.set("csrftoken", CSRF)
        if session and answer.status_code == 302:
            self.http.cookies.set("sessionid", session[-1])
        return answer


def contribution(consultation: int, **extra) -> dict:
    tag = uuid.uuid4().hex[:8]
    return {
        "consultation": consultation,
        "kind": "proposal",
        "title": f"Proposal {tag}",
        "body": f"A proposal to publish the budget lines, number {tag}.",
        "language": "fr",
        **extra,
    }


def site_contribution(slug: str, email: str = "", **extra) -> dict:
    data = contribution(0, accept="on", **extra)
    del data["consultation"]
    if email:
        data.update(author_name="Visitor", author_email=email)
    return data


def contribute_path(slug: str) -> str:
    return f"/en/consultations/{slug}/contribute/"


def accepted_contribution(answer) -> bool:
    """The site's contribution form answers its confirmation page (200) or the
    form again (400)."""
    return answer.status_code == 200


def wait(seconds: float) -> None:
    time.sleep(seconds)
