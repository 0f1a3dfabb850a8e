"""Registering for an event in a real browser (no JavaScript needed)."""

import re

import pytest
from django.core import mail

from events.models import Registration, RegistrationStatus
from tests.factories import EventFactory

pytestmark = pytest.mark.browser


@pytest.fixture
def training(db):
    from demo.site import ensure_site

    ensure_site(hostname="localhost")
    return EventFactory(title="Formation : données ouvertes", capacity=1, place="Rabat")


def test_a_visitor_registers_confirms_by_email_and_gets_a_qr_code(
    browser_page, training, axe
):
    page = browser_page
    page.goto("/fr/events/")
    page.get_by_role("link", name="Formation : données ouvertes").click()
    page.wait_for_url(re.compile(rf"/fr/events/{training.pk}/$"))
    axe.assert_accessible(page)
    page.locator("#id_name").fill("Salma Idrissi")
    page.locator("#id_email").fill("salma@example.org")
    page.locator("#id_region").select_option("souss_massa")
    page.locator("#id_accessibility_needs").fill("Accès en fauteuil roulant")
    page.locator("main form.register-form button[type=submit]").click()
    page.wait_for_load_state()
    assert "salma@example.org" in page.locator("main").inner_text()
    registration = Registration.objects.get(email="salma@example.org")
    assert registration.status == RegistrationStatus.UNVERIFIED

    (message,) = [m for m in mail.outbox if m.to == ["salma@example.org"]]
    link = re.search(r"https?://\S+/events/registrations/verify/\S+", message.body)
    url = link.group(0)
    page.goto(url[url.index("/fr/") :])
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED
    main = page.locator("main")
    assert registration.code in main.inner_text()
    assert main.locator("figure.qr svg").count() == 1
    axe.assert_accessible(page)
    manage_url = page.url

    # The last seat is taken: the next person is told they would wait in line.
    page.goto(f"/fr/events/{training.pk}/")
    assert "liste d'attente" in page.locator("main").inner_text()

    # The confirmation page's button cancels the registration.
    page.goto(manage_url)
    page.locator("main form button.danger").click()
    page.wait_for_load_state()
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
