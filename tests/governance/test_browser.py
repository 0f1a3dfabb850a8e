"""The secretariat runs a meeting from the Wagtail admin, step by step, and a
visitor reads its published minutes in Arabic (a real browser)."""

import datetime
import re

import pytest
from django.utils import timezone

from governance.models import DecisionResult, Meeting, MeetingStatus
from tests.fixtures.browser import browser_db

pytestmark = [pytest.mark.browser, browser_db]

PASSWORD = "correct-horse-battery"
MINUTES_AR = "ناقشت اللجنة حصيلة تنفيذ خطة العمل الوطنية"
MINUTES_FR = "Le comité a examiné le bilan du plan d'action national"


@pytest.fixture
def planned(transactional_db):
    from demo.site import ensure_site
    from governance.models import Constituency, MemberRole
    from tests.factories import BodyFactory, MeetingFactory, MemberFactory

    ensure_site(hostname="localhost")
    body = BodyFactory(name="Comité de pilotage", slug="comite-de-pilotage")
    for constituency in (Constituency.ADMINISTRATION, Constituency.CIVIL_SOCIETY):
        for n in range(2):
            MemberFactory(
                body=body,
                constituency=constituency,
                role=MemberRole.CHAIR
                if n == 0 and constituency == "administration"
                else MemberRole.MEMBER,
            )
    return MeetingFactory(
        body=body,
        title_ar="اجتماع لجنة الإشراف",
        title_fr="Réunion du comité de pilotage",
        agenda=[("حصيلة خطة العمل", "Bilan du plan d'action")],
    )


@pytest.fixture
def secretary(transactional_db):
    from core.roles import SECRETARIAT
    from tests.factories import UserFactory
    from tests.factories.cms import member_of

    return member_of(UserFactory(email="secretariat@example.org"), SECRETARIAT)


def step(page, action: str) -> None:
    form = f'form:has(input[name=action][value="{action}"])'
    page.locator(f"{form} button[type=submit]").first.click()
    page.wait_for_load_state()


def test_the_secretariat_runs_a_meeting_and_a_visitor_reads_the_minutes_in_arabic(
    browser, live_server, browser_page, planned, secretary, axe
):
    page = browser_page
    page.goto("/admin/login/")
    page.locator("#id_username").fill(secretary.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))

    # The meetings' listing leads to the steps screen.
    page.goto("/admin/snippets/governance/meeting/")
    page.locator(f'a[href$="/governance/meetings/{planned.pk}/steps/"]').click()
    page.wait_for_url(re.compile(rf"/meetings/{planned.pk}/steps/$"))
    step(page, "invite")
    planned.refresh_from_db()
    assert planned.status == MeetingStatus.INVITED
    assert planned.invitation_sent_at is not None

    # The meeting's day has come.
    start = timezone.now() - datetime.timedelta(hours=3)
    Meeting.objects.filter(pk=planned.pk).update(
        start=start, end=start + datetime.timedelta(hours=2)
    )
    page.reload()
    step(page, "held")
    members = list(planned.body.members.order_by("pk"))
    for n, member in enumerate(members):
        page.locator(f"#id_attendance-member_{member.pk}").select_option(
            "remote" if n == len(members) - 1 else "present"
        )
    step(page, "attendance")
    assert planned.attendance.filter(status="remote").count() == 1

    page.locator("#id_decision-text_ar").fill("المصادقة على الحصيلة")
    page.locator("#id_decision-text_fr").fill("Le bilan est approuvé")
    page.locator("#id_decision-method").select_option("vote")
    page.locator("#id_decision-administration_for").fill("2")
    page.locator("#id_decision-civil_society_for").fill("2")
    step(page, "decision")
    assert planned.decisions.get().result == DecisionResult.ADOPTED

    for code, text in (("ar", MINUTES_AR), ("fr", MINUTES_FR)):
        field = f".field:has(#id_minutes-minutes_{code})"
        page.locator(f"{field} [contenteditable=true]").click()
        page.keyboard.type(text)
    # Draftail saves its content into the form a moment after typing.
    page.wait_for_timeout(800)
    step(page, "minutes")
    planned.refresh_from_db()
    assert planned.status == MeetingStatus.MINUTES_DRAFTED
    assert MINUTES_AR in planned.minutes_ar

    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    page.locator("#id_remarks-until").fill(tomorrow.isoformat())
    step(page, "open_remarks")
    planned.refresh_from_db()
    assert planned.status == MeetingStatus.MINUTES_REVIEW

    # The members' time for remarks is over.
    Meeting.objects.filter(pk=planned.pk).update(
        remarks_until=timezone.localdate() - datetime.timedelta(days=1)
    )
    page.reload()
    step(page, "publish")
    planned.refresh_from_db()
    assert planned.status == MeetingStatus.PUBLISHED

    # A visitor, in Arabic.
    context = browser.new_context(base_url=live_server.url, locale="ar-MA")
    visitor = context.new_page()
    visitor.goto("/ar/governance/meetings/?past=1")
    visitor.locator("main a", has_text="اجتماع لجنة الإشراف").first.click()
    visitor.wait_for_url(re.compile(rf"/ar/governance/meetings/{planned.slug}/$"))
    main = visitor.locator("main").inner_text()
    assert MINUTES_AR in main and "المصادقة على الحصيلة" in main
    assert "حصيلة خطة العمل" in main
    assert visitor.locator("html").get_attribute("dir") == "rtl"
    axe.assert_accessible(visitor)
    context.close()
