"""The portal in a real browser: languages, sign-up and sign-in, the admin, axe."""

import re

import pytest
from django.core import mail

from tests.fixtures.browser import browser_db

pytestmark = [pytest.mark.browser, browser_db]

PASSWORD = "Un-mot-de-passe-solide-2026"


def test_the_arabic_home_page_reads_right_to_left_and_is_accessible(page, site, axe):
    page.goto("/ar/")
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("main#main").count() == 1
    axe.assert_accessible(page)


def test_the_french_home_page_and_its_language_switcher(page, site, axe):
    page.goto("/fr/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert page.locator("html").get_attribute("dir") == "ltr"
    axe.assert_accessible(page)
    page.locator('.language-switcher a[hreflang="ar"]').click()
    page.wait_for_url(re.compile(r"/ar/"))
    assert page.locator("html").get_attribute("lang") == "ar"
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.locator('.language-switcher a[hreflang="fr"]').click()
    page.wait_for_url(re.compile(r"/fr/"))
    assert page.locator("html").get_attribute("lang") == "fr"


def test_a_person_signs_up_verifies_their_address_and_signs_in(page, site, axe):
    page.goto("/fr/accounts/signup/")
    axe.assert_accessible(page)
    page.get_by_label(re.compile("^E-mail")).fill("samira@example.org")
    page.locator("#id_password1").fill(PASSWORD)
    page.locator("#id_password2").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/fr/accounts/confirm-email/$"))
    axe.assert_accessible(page)

    (message,) = [m for m in mail.outbox if m.to == ["samira@example.org"]]
    link = re.search(r"https?://\S+/confirm-email/\S+", message.body).group(0)
    page.goto(link)
    axe.assert_accessible(page)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/fr/account/$"))
    assert "samira@example.org" in page.locator("main").inner_text()
    axe.assert_accessible(page)

    page.locator(".account-nav form button").click()  # log out
    page.wait_for_load_state()
    page.goto("/fr/accounts/login/")
    axe.assert_accessible(page)
    page.locator("#id_login").fill("samira@example.org")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/fr/account/$"))


def test_the_arabic_sign_in_page_is_accessible(page, site, axe):
    page.goto("/ar/accounts/login/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.get_by_role("heading", level=1).count() == 1
    axe.assert_accessible(page)


def test_the_admin_login_opens(page, site, axe):
    page.goto("/admin/login/")
    assert page.locator("input[name=username]").count() == 1
    assert page.locator("input[name=password]").count() == 1
    axe.assert_accessible(page)


def test_axe_runs_locally_and_catches_an_unlabelled_field(page, axe):
    page.set_content(
        '<html lang="en"><head><title>t</title></head><body><main>'
        '<input type="text" name="q"></main></body></html>'
    )
    assert "label" in {violation["id"] for violation in axe.violations(page)}


@pytest.mark.parametrize("language", ["ar", "fr"])
def test_on_a_phone_the_header_takes_two_rows_above_the_menu(page, site, language):
    """Brand and search on the first row; languages and one account link on the
    second (sign-up is offered on the sign-in page, log-out on the account page)."""
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(f"/{language}/")
    languages = page.locator(".language-switcher").bounding_box()
    account = page.locator(".account-nav").bounding_box()
    brand = page.locator(".brand").bounding_box()
    assert abs(languages["y"] - account["y"]) < 8
    assert languages["y"] > brand["y"] + brand["height"] - 4
    assert page.locator(".header-bar").bounding_box()["height"] < 130
    assert page.locator(".account-nav a:visible").count() == 1
    page.locator(".account-nav a:visible").click()
    page.wait_for_url(re.compile(r"/accounts/login/"))
    assert page.locator('main a[href*="/accounts/signup/"]').count() >= 1
