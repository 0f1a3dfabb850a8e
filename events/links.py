"""The signed links of a registration, which stand in for an account.

The manage link (in every email) opens the registration's own page; the verify
link proves an anonymous person's email address. Each token is signed for one
purpose and carries the registration's code, so it cannot be forged or reused
for the other.
"""

from django.urls import reverse
from django.utils import translation

from core.links import absolute_url
from core.tokens import InvalidToken, make_token, read_token

from .models import Registration

VERIFY_PURPOSE = "event-registration-verify"
MANAGE_PURPOSE = "event-registration"
VERIFY_MAX_AGE = 48 * 60 * 60
MANAGE_MAX_AGE = 366 * 24 * 60 * 60


def _value(registration: Registration) -> str:
    return f"{registration.pk}:{registration.code}"


def _registration(value: str) -> Registration:
    pk, _sep, code = value.partition(":")
    try:
        return Registration.objects.select_related("event").get(pk=pk, code=code)
    except (Registration.DoesNotExist, ValueError) as exc:
        raise InvalidToken() from exc


def manage_token(registration: Registration) -> str:
    return make_token(MANAGE_PURPOSE, _value(registration))


def manage_url(registration: Registration, *, language: str | None = None) -> str:
    with translation.override(language or registration.language):
        path = reverse(
            "event_registration_manage", kwargs={"token": manage_token(registration)}
        )
    return absolute_url(path)


def registration_from_manage_token(token: str) -> Registration:
    return _registration(
        read_token(token, MANAGE_PURPOSE, max_age_seconds=MANAGE_MAX_AGE)
    )


def verify_url(registration: Registration) -> str:
    token = make_token(VERIFY_PURPOSE, _value(registration))
    with translation.override(registration.language):
        path = reverse("event_registration_verify", kwargs={"token": token})
    return absolute_url(path)


def registration_from_verify_token(token: str) -> Registration:
    return _registration(
        read_token(token, VERIFY_PURPOSE, max_age_seconds=VERIFY_MAX_AGE)
    )


def event_url(registration: Registration) -> str:
    """The event's public page, in the language of the registration."""
    return absolute_url(f"/{registration.language}/events/{registration.event_id}/")
