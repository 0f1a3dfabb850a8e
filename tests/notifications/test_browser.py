"""A citizen follows a consultation in Arabic, and later reads, in Arabic, the
notification that its results are published (a real browser, no JavaScript
needed: the count is in the header)."""

import datetime
import re

import pytest
from django.utils import timezone

from tests.factories import ConsultationFactory, UserFactory
from tests.fixtures.browser import browser_db

pytestmark = [pytest.mark.browser, browser_db]

PASSWORD = "correct-horse-battery"
TITLE = "إعداد مخطط العمل الوطني 2027"


@pytest.fixture
def setting(transactional_db):
    from demo.site import ensure_site

    ensure_site(hostname="localhost")
    consultation = ConsultationFactory(
        title=TITLE, slug="pan-2027", synthesis_text="<p>الحصيلة</p>"
    )
    citizen = UserFactory(email="amina@example.org", preferred_language="ar")
    return consultation, citizen


def test_following_a_consultation_and_reading_the_notification_in_arabic(
    browser_page, setting, axe, superuser
):
    from consultations.services import closeout_publish

    consultation, citizen = setting
    page = browser_page
    page.goto("/ar/accounts/login/")
    page.locator("#id_login").fill(citizen.email)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/ar/account/$"))

    page.goto("/ar/consultations/pan-2027/")
    page.locator(".follow button[type=submit]").click()
    page.wait_for_url(re.compile(r"/ar/consultations/pan-2027/$"))
    assert "إيقاف المتابعة" in page.locator(".follow").inner_text()
    axe.assert_accessible(page)

    # The consultation closes and the secretariat publishes its results.
    consultation.opens_at = timezone.now() - datetime.timedelta(days=40)
    consultation.closes_at = timezone.now() - datetime.timedelta(days=1)
    consultation.save()
    closeout_publish(consultation=consultation, user=superuser)

    page.goto("/ar/")
    link = page.locator("a.notifications-link")
    assert "1" in link.inner_text()
    link.click()
    page.wait_for_url(re.compile(r"/ar/account/notifications/$"))
    notice = page.locator(".notification-list li").first
    assert f"نُشرت حصيلة الاستشارة «{TITLE}»." in notice.inner_text()
    assert "جديد" in notice.inner_text()
    axe.assert_accessible(page)
    notice.locator("button").click()
    page.wait_for_url(re.compile(r"/ar/consultations/pan-2027/$"))
    assert page.locator("a.notifications-link .count").count() == 0
