"""Throttled sign-in and reset; answers that never tell whether an email exists."""

import pytest
from django.urls import reverse
from django.utils import translation

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def url(name, language="fr"):
    with translation.override(language):
        return reverse(name)


def visible(response) -> str:
    """The page a visitor sees, without the per-request CSRF token."""
    import re

    html = response.content.decode()
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", html)


def test_the_rate_limits_are_five_a_minute_per_account_and_per_address(settings):
    limits = settings.ACCOUNT_RATE_LIMITS
    # Every sign-in from one address (a workshop's people behind its router),
    # right or wrong: a room can sign in within a minute.
    assert limits["login"] == "30/m/ip"
    assert set(limits["login_failed"].split(",")) == {"5/m/ip", "5/m/key"}
    assert set(limits["reset_password"].split(",")) == {"5/m/ip", "5/m/key"}


def test_a_sixth_failed_sign_in_on_one_account_is_refused_even_from_another_address(
    client, homes, user
):
    for attempt in range(5):
        response = client.post(
            url("account_login"),
            {"login": user.email, "password": "wrong"},
            REMOTE_ADDR=f"10.0.0.{attempt}",
        )
        assert response.status_code == 200
    # The right password, from a fresh address: the account is locked for a minute.
    response = client.post(
        url("account_login"),
        {"login": user.email, "password": PASSWORD},
        REMOTE_ADDR="10.0.1.1",
    )
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    other = UserFactory()
    response = client.post(
        url("account_login"),
        {"login": other.email, "password": PASSWORD},
        REMOTE_ADDR="10.0.1.2",
    )
    assert response.status_code == 302, "other accounts are not affected"


def test_twelve_people_at_a_workshop_sign_in_from_one_address_within_a_minute(
    client, homes
):
    people = UserFactory.create_batch(12)
    for person in people:
        client.logout()
        response = client.post(
            url("account_login"),
            {"login": person.email, "password": PASSWORD},
            REMOTE_ADDR="192.0.2.40",
        )
        assert response.status_code == 302, person.email
        assert client.session["_auth_user_id"] == str(person.pk)


def test_a_sign_in_after_five_failures_from_one_address_is_refused(client, homes):
    people = UserFactory.create_batch(6)
    for person in people[:5]:
        response = client.post(
            url("account_login"),
            {"login": person.email, "password": "wrong"},
            REMOTE_ADDR="192.0.2.7",
        )
        assert response.status_code == 200
    response = client.post(
        url("account_login"),
        {"login": people[5].email, "password": PASSWORD},
        REMOTE_ADDR="192.0.2.7",
    )
    # The failures' limit of the address (login_failed: 5/m/ip): the form again,
    # not signed in, even with the right password.
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    response = client.post(
        url("account_login"),
        {"login": people[5].email, "password": PASSWORD},
        REMOTE_ADDR="192.0.2.8",
    )
    assert response.status_code == 302, "another address is not affected"


def test_a_sixth_reset_request_for_one_account_is_refused(client, homes, user):
    for attempt in range(5):
        response = client.post(
            url("account_reset_password"),
            {"email": user.email},
            REMOTE_ADDR=f"10.0.2.{attempt}",
        )
        assert response.status_code == 302
    response = client.post(
        url("account_reset_password"), {"email": user.email}, REMOTE_ADDR="10.0.3.1"
    )
    assert response.status_code == 429


def test_a_sixth_reset_request_from_one_address_is_refused(client, homes):
    for attempt in range(5):
        response = client.post(
            url("account_reset_password"),
            {"email": f"someone{attempt}@example.org"},
            REMOTE_ADDR="198.51.100.4",
        )
        assert response.status_code == 302
    response = client.post(
        url("account_reset_password"),
        {"email": "someone-else@example.org"},
        REMOTE_ADDR="198.51.100.4",
    )
    assert response.status_code == 429


def test_behind_a_trusted_proxy_the_limit_counts_the_address_the_proxy_saw(
    client, homes, settings
):
    settings.TRUSTED_PROXY = True
    for attempt in range(5):
        client.post(
            url("account_reset_password"),
            {"email": f"p{attempt}@example.org"},
            REMOTE_ADDR="127.0.0.1",
            # A visitor can forge the first entries, never the one the proxy adds.
            HTTP_X_FORWARDED_FOR=f"1.1.1.{attempt}, 203.0.113.9",
        )
    response = client.post(
        url("account_reset_password"),
        {"email": "p9@example.org"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="9.9.9.9, 203.0.113.9",
    )
    assert response.status_code == 429


def test_signing_up_with_a_registered_email_looks_the_same_as_a_new_one(
    client, homes, user, mailbox
):
    with mailbox.capture():
        taken = client.post(
            url("account_signup"),
            {
                "email": user.email,
                "password1": "Tr3s-secret",
                "password2": "Tr3s-secret",
            },
            follow=True,
        )
    with mailbox.capture():
        fresh = client.post(
            url("account_signup"),
            {
                "email": "new-person@example.org",
                "password1": "Tr3s-secret",
                "password2": "Tr3s-secret",
            },
            follow=True,
        )
    assert taken.redirect_chain == fresh.redirect_chain
    assert taken.status_code == fresh.status_code == 200
    assert visible(taken).replace(user.email, "EMAIL") == visible(fresh).replace(
        "new-person@example.org", "EMAIL"
    )
    # The owner of the address learns about the attempt, by email only.
    owner_mail = [m for m in mailbox.outbox if m.to == [user.email]]
    assert len(owner_mail) == 1
    assert "/password/reset/" in owner_mail[0].body


def test_signing_up_costs_one_password_hash_for_a_known_or_a_new_address(
    client, homes, user, mailbox, monkeypatch
):
    """A known address answered in 37 ms, a new one in 548 ms (the hash)."""
    from django.contrib.auth.hashers import MD5PasswordHasher

    hashed = []
    original = MD5PasswordHasher.encode

    def spy(self, password, salt):
        hashed.append(password)
        return original(self, password, salt)

    monkeypatch.setattr(MD5PasswordHasher, "encode", spy)
    counts = []
    for email in (user.email, "someone-new@example.org"):
        hashed.clear()
        with mailbox.capture():
            client.post(
                url("account_signup"),
                {
                    "email": email,
                    "password1": "Tr3s-secret",
                    "password2": "Tr3s-secret",
                },
            )
        counts.append(len(hashed))
    assert counts[0] == counts[1] >= 1


def test_a_reset_for_an_unknown_email_looks_the_same_as_for_a_known_one(
    client, homes, user, mailbox
):
    with mailbox.capture():
        known = client.post(
            url("account_reset_password"), {"email": user.email}, follow=True
        )
    with mailbox.capture():
        unknown = client.post(
            url("account_reset_password"),
            {"email": "nobody@example.org"},
            follow=True,
        )
    assert known.redirect_chain == unknown.redirect_chain
    assert visible(known).replace(user.email, "EMAIL") == visible(unknown).replace(
        "nobody@example.org", "EMAIL"
    )
    assert {tuple(m.to) for m in mailbox.outbox} == {
        (user.email,),
        ("nobody@example.org",),
    }


def test_an_unknown_email_on_the_sign_in_form_gets_the_same_error_as_a_wrong_password(
    client, homes, user
):
    wrong = client.post(url("account_login"), {"login": user.email, "password": "x1"})
    unknown = client.post(
        url("account_login"), {"login": "nobody@example.org", "password": "x1"}
    )
    error = visible(wrong).split('class="form-errors"')[1].split("</div>")[0]
    assert error == visible(unknown).split('class="form-errors"')[1].split("</div>")[0]
