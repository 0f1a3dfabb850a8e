"""Sign-up, email verification, sign-in, password reset and change, addresses."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.urls import reverse
from django.utils import translation

from accounts.models import User

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"
NEW_PASSWORD = "another-staple-lantern"


def url(name, language="fr", **kwargs):
    with translation.override(language):
        return reverse(name, kwargs=kwargs or None)


SIGNUP_PASSWORD = "Tr3s-secret-mot"


def signup(client, email, language="fr", password=SIGNUP_PASSWORD):
    return client.post(
        url("account_signup", language),
        {"email": email, "password1": password, "password2": password},
    )


@pytest.mark.parametrize("language,direction", [("ar", "rtl"), ("fr", "ltr")])
@pytest.mark.parametrize(
    "name",
    [
        "account_login",
        "account_signup",
        "account_reset_password",
        "account_email_verification_sent",
    ],
)
def test_allauth_pages_use_the_portal_layout_in_each_language(
    client, homes, name, language, direction
):
    response = client.get(url(name, language))
    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{language}" dir="{direction}">' in html
    assert 'class="skip-link"' in html
    assert '<main id="main"' in html
    assert 'class="site-footer"' in html
    assert "frontend/css/account.css" in html


def test_every_visible_field_of_the_sign_up_form_has_a_label(client, homes):
    html = client.get(url("account_signup", "ar")).content.decode()
    ids = re.findall(
        r'<input [^>]*type="(?:email|password|text)"[^>]*id="([^"]+)"', html
    )
    assert ids
    for field_id in ids:
        assert f'<label for="{field_id}">' in html


def test_a_person_signs_up_verifies_their_email_and_is_signed_in(
    client, homes, mailbox
):
    with mailbox.capture():
        response = signup(client, "Amina@Example.org", "ar")
    assert response.status_code == 302
    assert response.url == url("account_email_verification_sent", "ar")
    user = User.objects.get(email="amina@example.org")
    assert user.preferred_language == "ar"
    assert not EmailAddress.objects.get(user=user).verified

    (message,) = mailbox.outbox
    assert message.to == ["amina@example.org"]
    assert message.subject.startswith("[Sharaka] ")
    link = next(link for link in mailbox.links(message) if "/confirm-email/" in link)
    path = link.split("testserver", 1)[1]
    assert client.get(path).status_code == 200  # a page with a confirm button
    response = client.post(path)
    assert response.status_code == 302
    assert EmailAddress.objects.get(user=user).verified
    assert client.get(url("account_profile", "ar")).status_code == 200


def test_an_unverified_person_cannot_sign_in_until_they_verify(client, homes, mailbox):
    with mailbox.capture():
        signup(client, "late@example.org", password=PASSWORD)
    client.logout()
    with mailbox.capture():
        response = client.post(
            url("account_login"), {"login": "late@example.org", "password": PASSWORD}
        )
    assert response.status_code == 302
    assert response.url == url("account_email_verification_sent")
    assert client.get(url("account_profile")).status_code == 302


def test_a_verified_person_signs_in_with_their_email_and_out(client, homes, user):
    response = client.post(
        url("account_login"), {"login": user.email.upper(), "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(url("account_profile")).status_code == 200
    client.post(url("account_logout"))
    assert client.get(url("account_profile")).status_code == 302


def test_a_wrong_password_is_refused_with_a_message_on_the_form(client, homes, user):
    response = client.post(
        url("account_login"), {"login": user.email, "password": "wrong-password"}
    )
    assert response.status_code == 200
    assert "form-errors" in response.content.decode()


def test_the_welcome_email_is_written_in_the_language_of_the_sign_up(
    client, homes, mailbox
):
    with mailbox.capture():
        signup(client, "nadia@example.org", "fr")
    body = mailbox.outbox[0].body
    assert "Bonjour," in body
    assert "/fr/accounts/confirm-email/" in body


def test_a_forgotten_password_is_reset_through_the_emailed_link(
    client, homes, user, mailbox
):
    with mailbox.capture():
        response = client.post(url("account_reset_password"), {"email": user.email})
    assert response.status_code == 302
    (message,) = mailbox.outbox
    link = next(link for link in mailbox.links(message) if "/key/" in link)
    response = client.get(link.split("testserver", 1)[1])
    assert response.status_code == 302  # allauth hides the key behind a redirect
    form_url = response.url
    response = client.post(
        form_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_a_signed_in_person_changes_their_password(client, homes, user):
    client.force_login(user)
    response = client.post(
        url("account_change_password"),
        {"oldpassword": PASSWORD, "password1": NEW_PASSWORD, "password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.check_password(NEW_PASSWORD)


def test_a_person_adds_a_second_address_and_makes_it_primary_once_verified(
    client, homes, user, mailbox
):
    client.force_login(user)
    page = client.get(url("account_email"))
    assert page.status_code == 200
    # No inline script (the CSP forbids them); scripts from static files are fine.
    assert not re.search(r"<script(?![^>]*\bsrc=)", page.content.decode())
    with mailbox.capture():
        response = client.post(
            url("account_email"), {"action_add": "", "email": "second@example.org"}
        )
    assert response.status_code == 302
    address = EmailAddress.objects.get(email="second@example.org")
    assert not address.verified
    assert mailbox.outbox[-1].to == ["second@example.org"]
    address.verified = True
    address.save()
    client.post(
        url("account_email"), {"action_primary": "", "email": "second@example.org"}
    )
    user.refresh_from_db()
    assert user.email == "second@example.org"


def test_a_person_changes_their_details(client, homes, user):
    client.force_login(user)
    response = client.post(
        url("account_edit"),
        {
            "display_name": "Association Tamkine",
            "first_name": "Salma",
            "last_name": "Idrissi",
            "phone": "+212 600 000 000",
            "preferred_language": "fr",
        },
    )
    assert response.status_code == 302
    user.refresh_from_db()
    assert user.display_name == "Association Tamkine"
    assert user.preferred_language == "fr"


def test_account_pages_need_a_signed_in_person(client, homes):
    for name in ("account_profile", "account_edit", "account_export"):
        response = client.get(url(name))
        assert response.status_code == 302
        assert url("account_login") in response.url
