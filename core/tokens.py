"""Signed, expiring links (email verification, cancellation, unsubscribe).

A token names its purpose and the record it is for, so a link made for one thing
never works for another. Single use is the record's job: the service that accepts a
token records that it was used (e.g. ``verified_at``) and refuses a second use.
"""

from django.core import signing
from django.utils.translation import gettext_lazy as _

from .errors import DomainError

SALT = "sharaka.tokens"


class InvalidToken(DomainError):
    status_code = 400
    code = "invalid_token"

    def __init__(self, message=None):
        super().__init__(message or _("This link is invalid or has expired."))


def make_token(purpose: str, object_id) -> str:
    return signing.dumps({"p": purpose, "id": str(object_id)}, salt=SALT, compress=True)


def read_token(token: str, purpose: str, *, max_age_seconds: int) -> str:
    """The id the token was made for, or ``InvalidToken``."""
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age_seconds)
    except signing.SignatureExpired as exc:
        raise InvalidToken(_("This link has expired.")) from exc
    except signing.BadSignature as exc:
        raise InvalidToken() from exc
    if data.get("p") != purpose:
        raise InvalidToken()
    return data["id"]
