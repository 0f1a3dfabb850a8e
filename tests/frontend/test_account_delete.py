"""Deleting an account from the site: GET asks, POST erases."""

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def test_opening_the_deletion_address_shows_the_confirmation(client, homes):
    """GET /<lang>/account/delete/ used to be a blank 405 page."""
    person = UserFactory()
    client.force_login(person)
    response = client.get("/fr/account/delete/")
    assert response.status_code == 200
    content = response.content.decode()
    assert 'name="password"' in content and 'name="confirm"' in content
    assert 'method="post"' in content
    person.refresh_from_db()
    assert not person.is_anonymised  # looking is not deleting


def test_a_wrong_password_comes_back_to_the_confirmation_with_the_error(client, homes):
    person = UserFactory()
    client.force_login(person)
    response = client.post("/ar/account/delete/", {"confirm": "on", "password": "no"})
    assert response.status_code == 400
    assert 'id="id_password_error"' in response.content.decode()
    response = client.post(
        "/ar/account/delete/", {"confirm": "on", "password": PASSWORD}
    )
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.is_anonymised


def test_the_deletion_page_needs_to_be_logged_in(client, homes):
    response = client.get("/fr/account/delete/")
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
