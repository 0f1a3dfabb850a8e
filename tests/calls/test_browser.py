"""In a real browser: an organisation applies in Arabic, a committee member
scores in the admin, the secretariat publishes the results."""

import datetime
import re

import pytest
from django.utils import timezone

from calls import services
from calls.models import Application, ApplicationStatus, CommitteeRole
from tests.factories import (
    CallFactory,
    CommitteeMemberFactory,
    OrganisationFactory,
    UserFactory,
)
from tests.factories.cms import member_of

pytestmark = pytest.mark.browser

PASSWORD = "correct-horse-battery"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


@pytest.fixture
def setting(db):
    from core.roles import SECRETARIAT
    from demo.site import ensure_site

    ensure_site(hostname="localhost")
    representative = UserFactory(email="rep@asso.example", preferred_language="ar")
    organisation = OrganisationFactory(
        name_fr="Observatoire citoyen",
        name_ar="المرصد المواطن",
        representatives=[representative],
    )
    call = CallFactory(
        slug="copil-2026",
        title_ar="الترشح للجنة الإشراف",
        title_fr="Candidature au comité de pilotage",
        seats=1,
    )
    member = UserFactory(email="jury@example.org")
    CommitteeMemberFactory(call=call, user=member, role=CommitteeRole.UNIVERSITY)
    secretariat = member_of(UserFactory(email="sec@example.org"), SECRETARIAT)
    return representative, organisation, call, member, secretariat


def _login(page, email, path="/ar/accounts/login/"):
    page.context.clear_cookies()
    page.goto(path)
    page.locator("#id_login").fill(email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()


def test_an_organisation_applies_in_arabic_a_member_scores_the_secretariat_publishes(
    browser_page, setting, axe, tmp_path
):
    representative, organisation, call, member, secretariat = setting
    page = browser_page
    _login(page, representative.email)

    page.goto(f"/ar/calls/{call.slug}/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    axe.assert_accessible(page)
    page.locator(f"a[href='/ar/calls/{call.slug}/apply/']").click()
    page.wait_for_url(re.compile(r"/ar/calls/copil-2026/apply/$"))
    axe.assert_accessible(page)
    page.locator("#id_experience").fill("نشتغل على الولوج إلى المعلومات منذ 2015.")
    page.locator("#id_programme").fill("تتبع تنفيذ خطة العمل وتقييمها.")
    for index, requirement in enumerate(call.required_documents.all()):
        document = tmp_path / f"piece{index}.pdf"
        document.write_bytes(PDF)
        page.locator(f"#id_document_{requirement.pk}").set_input_files(str(document))
    page.locator("button[value=submit]").click()
    page.wait_for_url(re.compile(r"/ar/calls/applications/\d+/$"))
    application = Application.objects.get()
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.reference in page.locator("main").inner_text()
    axe.assert_accessible(page)

    # The secretariat finds it complete; the deadline passes.
    services.application_check(application=application, by=secretariat, complete=True)
    call.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    call.save()

    _login(page, member.email, "/fr/accounts/login/")
    page.goto(f"/admin/calls/applications/{application.pk}/score/")
    for criterion in call.criteria.all():
        page.locator(f"#id_criterion_{criterion.pk}").fill(
            str(criterion.max_points - 2)
        )
    page.locator("main form[method=post] button[type=submit]").click()
    page.wait_for_url(re.compile(rf"/admin/calls/{call.pk}/overview/$"))
    assert (
        "88" in page.locator("main").inner_text()
    )  # 100 - 6 x 2, seen after all scored

    _login(page, secretariat.email, "/fr/accounts/login/")
    page.goto(f"/admin/calls/{call.pk}/overview/")
    page.locator("button[value=publish]").click()
    page.wait_for_load_state()
    call.refresh_from_db()
    assert call.results_published

    page.context.clear_cookies()
    page.goto(f"/ar/calls/{call.slug}/results/")
    text = page.locator("main").inner_text()
    assert "المرصد المواطن" in text and "88" in text
    axe.assert_accessible(page)
