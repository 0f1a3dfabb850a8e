"""A proof of work for anonymous API writes, self-hosted, in ALTCHA's protocol.

People who post through the site's forms are checked by the honeypot, the fill
time and the single-use token (``core.antiabuse.HumanCheckMixin``), which need no
JavaScript. A program posting anonymously through the API has none of those: it
must instead spend a little computing time per write (https://altcha.org):

1. ``GET /api/challenge/`` answers ``{"algorithm": "SHA-256", "challenge",
   "maxnumber", "salt", "signature"}`` where ``challenge = sha256(salt + number)``
   for a secret ``number`` between 0 and ``maxnumber``, the salt carries its
   expiry (``...?expires=<unix time>``) and ``signature = HMAC-SHA256(key,
   challenge)`` with a key derived from ``SECRET_KEY`` (nothing is stored).
2. The client tries numbers until the digest matches, and sends the base64 of
   ``{"algorithm", "challenge", "number", "salt", "signature"}`` as the field
   ``altcha`` of its write.
3. ``check_request`` verifies it (one place: ``core.permissions.RulesPermission``
   asks it for every anonymous write) and records it as used in the database,
   shared by every process: a solution serves once.

Signed-in people do not solve anything; they are limited per account.
"""

import base64
import hashlib
import hmac
import json
import secrets
import time
from urllib.parse import parse_qs

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from rest_framework.exceptions import ValidationError

ALGORITHM = "SHA-256"
FIELD = "altcha"


def _key() -> bytes:
    return hashlib.sha256(b"sharaka.altcha|" + settings.SECRET_KEY.encode()).digest()


def _sign(challenge: str) -> str:
    return hmac.new(_key(), challenge.encode(), hashlib.sha256).hexdigest()


def max_number() -> int:
    return int(getattr(settings, "ALTCHA_MAX_NUMBER", 50_000))


def create_challenge(*, now: float | None = None) -> dict:
    """A new signed challenge; the number stays secret (only its digest is sent)."""
    now = time.time() if now is None else now
    expires = int(now) + int(getattr(settings, "ALTCHA_SECONDS", 600))
    salt = f"{secrets.token_hex(12)}?expires={expires}"
    number = secrets.randbelow(max_number() + 1)
    challenge = hashlib.sha256(f"{salt}{number}".encode()).hexdigest()
    return {
        "algorithm": ALGORITHM,
        "challenge": challenge,
        "maxnumber": max_number(),
        "salt": salt,
        "signature": _sign(challenge),
    }


def solve(challenge: dict) -> str:
    """The payload a client sends for ``challenge`` (what the tests and
    docs/api.md's example do): try every number up to ``maxnumber``."""
    salt, target = challenge["salt"], challenge["challenge"]
    for number in range(int(challenge["maxnumber"]) + 1):
        if hashlib.sha256(f"{salt}{number}".encode()).hexdigest() == target:
            payload = {
                "algorithm": challenge["algorithm"],
                "challenge": target,
                "number": number,
                "salt": salt,
                "signature": challenge["signature"],
            }
            return base64.b64encode(json.dumps(payload).encode()).decode()
    raise ValueError("no solution")


def _refuse(message, code: str):
    raise ValidationError({FIELD: [message]}, code=code)


def verify(payload, *, now: float | None = None) -> str:
    """The challenge solved by ``payload`` (the base64 JSON a client sends), or a
    ``ValidationError`` on the ``altcha`` field. Does not record its use."""
    now = time.time() if now is None else now
    if not payload or not isinstance(payload, str):
        _refuse(
            _(
                "Anonymous writes need a proof of work: solve a challenge from "
                "/api/challenge/ and send the solution in this field."
            ),
            "required",
        )
    try:
        data = json.loads(base64.b64decode(payload.encode("ascii"), validate=True))
        salt = str(data["salt"])
        challenge = str(data["challenge"])
        signature = str(data["signature"])
        number = int(data["number"])
        algorithm = data["algorithm"]
    except (ValueError, TypeError, KeyError, UnicodeError):
        data = None
    if (
        data is None
        or algorithm != ALGORITHM
        or not 0 <= number <= max_number()
        or not hmac.compare_digest(_sign(challenge), signature)
        or hashlib.sha256(f"{salt}{number}".encode()).hexdigest() != challenge
    ):
        _refuse(_("This proof of work is not valid."), "invalid")
    expires = parse_qs(salt.partition("?")[2]).get("expires", [""])[0]
    if not expires.isdigit() or int(expires) < now:
        _refuse(
            _("This challenge has expired. Please ask for a new one and solve it."),
            "expired",
        )
    return challenge


def use(payload) -> None:
    """Verify ``payload`` and record it as used (a second use is refused)."""
    from .antiabuse import _first_use

    challenge = verify(payload)
    if not _first_use(f"altcha:{challenge}"):
        _refuse(
            _(
                "This challenge was already used. Please ask for a new one "
                "and solve it."
            ),
            "used",
        )


def check_request(request, view=None) -> None:
    """For an anonymous write, require a proof of work (400 on the ``altcha``
    field when it is missing, wrong, expired or used).

    When the view's method honours ``Idempotency-Key`` and the request has one,
    the check runs inside that method's transaction, after the key: a retry of a
    write that was done gets its first answer without solving again, and a
    write that fails leaves the solution unused.
    """
    from .antiabuse import idempotency_replay_exists

    if request.user.is_authenticated or request.method in ("GET", "HEAD", "OPTIONS"):
        return
    try:
        payload = request.data.get(FIELD)
    except AttributeError:  # a JSON list or scalar body
        payload = None

    handler = None
    if view is not None:
        handler = getattr(view, getattr(view, "action", None) or "", None) or getattr(
            view, request.method.lower(), None
        )
    if request.headers.get("Idempotency-Key", "").strip() and getattr(
        handler, "idempotent", False
    ):
        if idempotency_replay_exists(request):
            return
        request._sharaka_human_check = lambda: use(payload)
        return
    use(payload)
