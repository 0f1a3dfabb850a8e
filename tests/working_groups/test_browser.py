"""A CSO representative applies to a working group in a real browser."""

import re

import pytest

from tests.factories import OrganisationFactory, UserFactory, WorkingGroupFactory
from working_groups.models import MembershipApplication

pytestmark = pytest.mark.browser

PASSWORD = "correct-horse-battery"


@pytest.fixture
def setting(db):
    from demo.site import ensure_site

    ensure_site(hostname="localhost")
    representative = UserFactory(email="rep@asso.example")
    organisation = OrganisationFactory(
        name_fr="Observatoire citoyen",
        name_ar="المرصد المواطن",
        representatives=[representative],
    )
    group = WorkingGroupFactory(name="Groupe transparence", slug="transparence")
    return representative, organisation, group


def test_a_representative_applies_with_a_supporting_document(
    browser_page, setting, axe, tmp_path
):
    representative, organisation, group = setting
    page = browser_page
    page.goto("/fr/accounts/login/")
    page.locator("#id_login").fill(representative.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/fr/account/$"))
    assert "Observatoire citoyen" in page.locator("main").inner_text()

    page.goto("/fr/working-groups/")
    page.get_by_role("link", name="Groupe transparence").click()
    page.wait_for_url(re.compile(r"/fr/working-groups/transparence/$"))
    axe.assert_accessible(page)
    letter = tmp_path / "lettre.pdf"
    letter.write_bytes(b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n")
    # Their only organisation is preselected: nothing to pick from a list.
    assert page.locator("#id_organisation").input_value() == str(organisation.pk)
    assert "Observatoire citoyen" in page.locator("form.apply-form").inner_text()
    page.locator("#id_motivation").fill(
        "Nous suivons les demandes d'accès à l'information depuis 2015."
    )
    page.locator("#id_document").set_input_files(str(letter))
    page.locator("main form.apply-form button[type=submit]").click()
    page.wait_for_load_state()
    application = MembershipApplication.objects.get()
    assert application.organisation == organisation
    assert application.document.name.endswith(".pdf")
    assert "attend une décision" in page.locator("main").inner_text()
    axe.assert_accessible(page)


@pytest.mark.parametrize(
    "path",
    ["/ar/organisations/", "/fr/working-groups/", "/ar/events/calendar/"],
)
def test_the_listing_pages_are_accessible(browser_page, setting, axe, path):
    from tests.factories import EventFactory

    EventFactory(title="Atelier")
    browser_page.goto(path)
    assert browser_page.locator("main h1").count() == 1
    axe.assert_accessible(browser_page)


def test_a_coordinator_publishes_a_news_post_and_a_decision_in_arabic(
    browser_page, setting, axe
):
    from working_groups.models import GroupDecision, GroupNews

    _representative, _organisation, group = setting
    coordinator = UserFactory(email="coord@asso.example", preferred_language="ar")
    group.coordinators.add(coordinator)
    page = browser_page
    page.goto("/ar/accounts/login/")
    page.locator("#id_login").fill(coordinator.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/ar/account/$"))

    page.goto("/ar/working-groups/transparence/")
    page.get_by_role("link", name="كتابة خبر").click()
    page.wait_for_url(re.compile(r"/news/new/$"))
    axe.assert_accessible(page)
    page.locator("#id_title_ar").fill("اجتماع المجموعة")
    page.locator("#id_title_fr").fill("Réunion du groupe")
    page.locator("#id_body_ar").fill("اجتمعت المجموعة يوم الإثنين.")
    page.locator("#id_body_fr").fill("Le groupe s'est réuni lundi.")
    page.locator("#id_publish").check()
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/news/\d+/$"))
    assert "اجتماع المجموعة" in page.locator("main h1").inner_text()
    axe.assert_accessible(page)
    assert GroupNews.objects.get().is_published

    page.goto("/ar/working-groups/transparence/decisions/new/")
    page.locator("#id_text_ar").fill("تقرر اقتراح التزام حول الميزانية المفتوحة.")
    page.locator("main form button[type=submit]").click()  # a draft, Arabic only
    page.wait_for_url(re.compile(r"/ar/working-groups/transparence/"))
    assert not GroupDecision.objects.get().is_published
    section = page.locator("section.group-decisions")
    assert "مشروع" in section.inner_text()  # marked as a draft, for its managers
    assert "اجتماع المجموعة" in page.locator("section.group-news").inner_text()
    axe.assert_accessible(page)
