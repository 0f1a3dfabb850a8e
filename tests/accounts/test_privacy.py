"""The personal-data download and the account deletion, modules included."""

import datetime
import decimal
import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.sessions.models import Session
from django.urls import reverse
from django.utils import translation

from accounts.models import User
from accounts.services import account_delete, account_export
from core import privacy

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def url(name, language="fr"):
    with translation.override(language):
        return reverse(name)


@pytest.fixture
def module_section():
    """A module that registers its data like consultations or events will."""
    erased = []

    def export(user):
        return {
            "proposals": [
                {
                    "title": "Budget ouvert",
                    "at": datetime.datetime(2026, 1, 2, 3, 4, tzinfo=datetime.UTC),
                    "score": decimal.Decimal("4.5"),
                }
            ],
            "owner": user.email,
        }

    privacy.register("test_module", export=export, erase=erased.append)
    yield erased
    privacy.unregister("test_module")


def test_the_download_is_plain_json_with_the_account_and_every_module(
    client, homes, user, module_section
):
    client.force_login(user)
    response = client.get(url("account_export"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert response["Content-Disposition"].startswith("attachment; filename=")
    assert "no-store" in response["Cache-Control"]
    data = json.loads(response.content.decode("utf-8"))
    assert data["format"] == "sharaka-personal-data/1"
    assert data["account"]["email"] == user.email
    assert data["account"]["public_name"] == user.display_name
    assert data["account"]["email_addresses"] == [
        {"email": user.email, "verified": True, "primary": True}
    ]
    assert data["test_module"]["owner"] == user.email
    assert data["test_module"]["proposals"][0]["title"] == "Budget ouvert"
    assert data["test_module"]["proposals"][0]["score"] == "4.5"


def test_the_download_keeps_arabic_readable(client, homes, user):
    user.display_name = "جمعية الأمل"
    user.save()
    client.force_login(user)
    response = client.get(url("account_export"))
    assert "جمعية الأمل".encode() in response.content


def test_the_download_holds_nobody_elses_data(client, homes, user):
    from tests.factories import UserFactory

    other = UserFactory()
    client.force_login(user)
    assert other.email.encode() not in client.get(url("account_export")).content


def test_deleting_the_account_erases_personal_data_and_runs_module_erasers(
    homes, user, module_section
):
    user_pk = user.pk
    account_delete(user=user)
    assert [erased.pk for erased in module_section] == [user_pk]
    row = User.objects.get(pk=user_pk)
    assert row.is_anonymised and not row.is_active
    assert row.email.endswith("@invalid.invalid")
    assert row.display_name == row.first_name == row.last_name == row.phone == ""
    assert not row.has_usable_password()
    assert not EmailAddress.objects.filter(user_id=user_pk).exists()
    exported = json.dumps(account_export(user=row), default=str)
    assert "@example.org" not in exported
    assert "Participant" not in exported


def test_what_a_deleted_person_published_stays_under_an_anonymous_name(homes, user):
    """Records of other apps keep pointing at the emptied account (no cascade)."""
    from wagtail.models import Page

    page = Page.objects.get(pk=homes["fr"].pk)
    page.owner = user
    page.save()
    account_delete(user=user)
    page.refresh_from_db()
    assert page.owner_id == user.pk
    assert (
        str(page.owner.public_name) == "A participant" or page.owner.display_name == ""
    )


def test_a_deleted_account_can_no_longer_sign_in(client, homes, user):
    email = user.email
    account_delete(user=user)
    response = client.post(url("account_login"), {"login": email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert response.status_code == 200


def test_deleting_from_the_site_needs_the_password_and_the_confirmation(
    client, homes, user
):
    client.force_login(user)
    response = client.post(url("account_delete"), {"confirm": "on", "password": "no"})
    assert response.status_code == 400
    response = client.post(url("account_delete"), {"password": PASSWORD})
    assert response.status_code == 400
    user.refresh_from_db()
    assert not user.is_anonymised


def test_deleting_from_the_site_signs_out_everywhere(client, homes, user):
    from django.test import Client

    other_browser = Client()
    other_browser.force_login(user)
    client.force_login(user)
    response = client.post(
        url("account_delete"), {"confirm": "on", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert not Session.objects.filter(
        session_key=other_browser.session.session_key
    ).exists()
    assert other_browser.get(url("account_profile")).status_code == 302
    user.refresh_from_db()
    assert user.is_anonymised


def test_a_deleted_address_can_sign_up_again(client, homes, user, mailbox):
    email = user.email
    account_delete(user=user)
    with mailbox.capture():
        client.post(
            url("account_signup"),
            {"email": email, "password1": "Tr3s-secret", "password2": "Tr3s-secret"},
        )
    assert User.objects.filter(email=email, is_active=True).exists()


@pytest.mark.parametrize("language", ["fr", "en", "ar"])
def test_deleting_lands_on_the_home_page_of_the_language_in_use(
    client, homes, user, language
):
    client.force_login(user)
    response = client.post(
        url("account_delete", language),
        {"confirm": "on", "password": PASSWORD},
        HTTP_ACCEPT_LANGUAGE="en" if language != "en" else "fr",
    )
    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"
    page = client.get(response["Location"])
    assert page.status_code == 200
    assert f'lang="{language}"' in page.content.decode()
