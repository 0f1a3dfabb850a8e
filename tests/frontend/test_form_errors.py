"""A form sent with mistakes: the page title says so, a summary at the top of the
form takes the focus and links to each field, and each field shows its message.
Targets are at least 24 px (checked in the browser tests, declared in site.css).
"""

import time

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core import signing
from django.utils import translation

from tests.factories import ConsultationFactory, EventFactory, UserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def page_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content, "html.parser")


def error_prefix(language: str) -> str:
    with translation.override(language):
        return translation.gettext("Error:")


def assert_error_summary(page: BeautifulSoup, language: str, fields=()):
    """The summary is first in the form, focusable, named by its heading, and
    links to controls that exist on the page."""
    assert page.title.get_text().startswith(error_prefix(language) + " ")
    summary = page.select_one(".error-summary")
    assert summary is not None
    assert summary["tabindex"] == "-1" and summary.has_attr("autofocus")
    assert summary.has_attr("data-error-summary")
    title = page.find(id=summary["aria-labelledby"])
    assert title is not None and title.name == "h2" and title.get_text(strip=True)
    assert summary.select_one("[role=alert]") is not None
    form = summary.find_parent("form")
    assert form is not None
    first = next(child for child in form.find_all(True) if child.name != "input")
    assert first is summary, "the summary comes first in the form"
    targets = []
    for link in summary.select("a[href^='#']"):
        control = page.find(id=link["href"][1:])
        assert control is not None, link["href"]
        assert control.name in ("input", "select", "textarea"), link["href"]
        assert link.get_text(strip=True)
        targets.append(control.get("name"))
    for name in fields:
        assert name in targets, (name, targets)
    return summary


def test_an_empty_contribution_gets_a_summary_linking_to_each_field(client, homes):
    consultation = ConsultationFactory()
    started = signing.dumps(time.time() - 30, salt="form-started")
    response = client.post(
        f"/fr/consultations/{consultation.slug}/contribute/",
        {"started": started, "website": ""},
    )
    assert response.status_code == 400
    page = page_of(response)
    summary = assert_error_summary(
        page, "fr", fields=("title", "body", "author_name", "author_email", "accept")
    )
    # Each field in error says so next to it, and is described by its message.
    for name in ("title", "author_email"):
        field = page.select_one(f"[name={name}]")
        assert field["aria-invalid"] == "true"
        message = page.find(id=f"{field['id']}_error")
        assert message is not None and message.get_text(strip=True)
        assert f"{field['id']}_error" in field["aria-describedby"]
        assert "has-error" in field.find_parent(class_="field")["class"]
    # A group of radio buttons is reached through its first choice.
    assert summary.select_one("a[href='#id_kind_0']") or page.select_one(
        "select[name=kind]"
    )


def test_a_page_without_errors_has_no_summary_and_a_plain_title(client, homes):
    consultation = ConsultationFactory()
    page = page_of(client.get(f"/fr/consultations/{consultation.slug}/contribute/"))
    assert page.select_one(".error-summary") is None
    assert not page.title.get_text().startswith(error_prefix("fr"))


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_a_wrong_password_at_sign_in_is_summarised(client, homes, language):
    user = UserFactory()
    response = client.post(
        f"/{language}/accounts/login/", {"login": user.email, "password": "wrong"}
    )
    page = page_of(response)
    summary = assert_error_summary(page, language)
    assert summary.select("li")


def test_a_sign_up_with_two_different_passwords_links_to_the_field(client, homes):
    response = client.post(
        "/en/accounts/signup/",
        {
            "email": "nadia@example.org",
            "password1": "A-long-enough-password-2026",
            "password2": "Another-password-2026",
        },
    )
    page = page_of(response)
    assert_error_summary(page, "en", fields=("password2",))


def test_an_event_registration_with_mistakes_is_summarised(client, homes):
    event = EventFactory(capacity=5)
    started = client.get(f"/en/events/{event.pk}/").context["form"]["started"].value()
    response = client.post(
        f"/en/events/{event.pk}/", {"name": "", "email": "x", "started": started}
    )
    assert response.status_code == 400
    assert_error_summary(page_of(response), "en", fields=("name", "email"))


def test_a_wrong_password_when_deleting_the_account_is_summarised(client, homes):
    person = UserFactory()
    person.set_password(PASSWORD)
    person.save()
    client.force_login(person)
    response = client.post("/fr/account/delete/", {"confirm": "on", "password": "no"})
    assert response.status_code == 400
    assert_error_summary(page_of(response), "fr", fields=("password",))


def test_the_error_summary_gets_the_focus_from_a_script_file():
    script = (
        settings.BASE_DIR / "frontend" / "static" / "frontend" / "js" / "portal.js"
    ).read_text()
    assert "[data-error-summary]" in script and ".focus(" in script


def test_small_targets_are_enlarged_in_the_shared_stylesheet():
    css = (
        settings.BASE_DIR / "frontend" / "static" / "frontend" / "css" / "site.css"
    ).read_text()
    assert "input[type=checkbox], input[type=radio] { inline-size: 1.5rem;" in css
    assert "min-block-size: 2.75rem" in css  # buttons and fields: 44 px
