"""Submitting a proposal in Arabic (with and without JavaScript) and moderating it."""

import re

import pytest
from django.core import mail

from consultations.models import Contribution, ContributionStatus
from tests.factories import ConsultationFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]

TITLE = "إحداث بوابة للمعطيات المفتوحة الجهوية"
BODY = "نقترح أن تنشر كل جهة معطياتها المفتوحة في بوابة موحدة، مع تحيين شهري."


def _wagtail_root():
    """Wagtail's root page comes from a data migration, which a flush removes."""
    from django.conf import settings as django_settings
    from wagtail.models import Locale, Page

    Locale.objects.get_or_create(language_code=django_settings.LANGUAGE_CODE)
    if Page.get_first_root_node() is None:
        Page.add_root(instance=Page(title="Root", slug="root"))


@pytest.fixture
def open_consultation(transactional_db):
    from demo.site import ensure_site

    _wagtail_root()
    ensure_site(hostname="localhost")
    return ConsultationFactory(
        title="إعداد مخطط العمل الوطني 2027", slug="pan-2027", allow_anonymous=True
    )


def submit_in_arabic(page):
    page.goto("/ar/consultations/pan-2027/")
    page.locator('.call-to-action a[href$="/contribute/"]').click()
    page.wait_for_url(re.compile(r"/ar/consultations/pan-2027/contribute/$"))
    page.locator("#id_kind_0").check()  # proposal
    page.locator("#id_title").fill(TITLE)
    page.locator("#id_body").fill(BODY)
    page.locator("#id_language_0").check()  # Arabic
    page.locator("#id_region").select_option("souss_massa")
    page.locator("#id_author_name").fill("سلمى")
    page.locator("#id_author_email").fill("salma@example.org")
    page.locator("#id_accept").check()
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    contribution = Contribution.objects.get(title=TITLE)
    assert contribution.reference in page.locator("main").inner_text()
    assert contribution.language == "ar"
    return contribution


def confirm_by_email(page, contribution):
    (message,) = [m for m in mail.outbox if m.to == ["salma@example.org"]]
    link = re.search(r"https?://\S+/consultations/verify/\S+", message.body).group(0)
    page.goto(link[link.index("/ar/") :])
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.PENDING_MODERATION


def test_a_proposal_in_arabic_is_sent_without_javascript(
    _flush_with_cascade,
    browser,
    live_server,
    django_db_serialized_rollback,
    settings,
    open_consultation,
):
    settings.ALLOWED_HOSTS = ["*"]
    context = browser.new_context(
        base_url=live_server.url, java_script_enabled=False, locale="ar-MA"
    )
    page = context.new_page()
    try:
        contribution = submit_in_arabic(page)
        assert page.locator("html").get_attribute("dir") == "rtl"
        confirm_by_email(page, contribution)
    finally:
        context.close()


def test_a_proposal_in_arabic_is_sent_with_javascript_and_the_pages_are_accessible(
    browser_page, open_consultation, axe
):
    page = browser_page
    page.goto("/ar/consultations/")
    axe.assert_accessible(page)
    page.goto("/ar/consultations/pan-2027/contribute/")
    axe.assert_accessible(page)
    contribution = submit_in_arabic(page)
    axe.assert_accessible(page)
    confirm_by_email(page, contribution)


def test_a_moderator_approves_the_proposal_in_the_wagtail_admin(
    browser_page, open_consultation
):
    from django.contrib.auth.models import Group, Permission

    from tests.factories import ContributionFactory, UserFactory

    contribution = ContributionFactory(
        consultation=open_consultation,
        title=TITLE,
        body=BODY,
        language="ar",
        status=ContributionStatus.PENDING_MODERATION,
        published_at=None,
    )
    group, _created = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(
        Permission.objects.get(codename="moderate_contribution"),
        Permission.objects.get(codename="access_admin"),
    )
    moderator = UserFactory(email="moderatrice@example.org")
    moderator.groups.add(group)

    page = browser_page
    page.goto("/admin/login/")
    page.locator("#id_username").fill("moderatrice@example.org")
    page.locator("#id_password").fill("correct-horse-battery")
    page.locator("form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/admin/$"))
    page.goto("/admin/consultations/moderation/")
    assert TITLE in page.locator("main").inner_text()
    page.locator(
        f'a[href="/admin/consultations/moderation/{contribution.pk}/"]'
    ).first.click()
    page.wait_for_url(re.compile(rf"/moderation/{contribution.pk}/$"))
    page.locator(
        f'form[action$="/moderation/{contribution.pk}/approve/"] button'
    ).click()
    page.wait_for_load_state()
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.PUBLISHED
    page.goto("/ar/consultations/pan-2027/")
    assert TITLE in page.locator("main").inner_text()


def test_a_nested_conversation_reads_right_to_left_in_arabic(
    browser_page, open_consultation, axe
):
    """Replies in Arabic: each level starts further from the right edge (logical
    CSS), each comment's permalink brings the reader back to it, axe passes."""
    from consultations import services
    from tests.factories import ContributionFactory, UserFactory

    contribution = ContributionFactory(
        consultation=open_consultation, title=TITLE, body=BODY, language="ar"
    )
    salma, youssef = UserFactory(display_name="سلمى"), UserFactory(display_name="يوسف")
    first = services.comment_create(
        user=salma, body="ما هي الجهات المعنية أولا؟", contribution=contribution
    )
    answer = services.comment_create(
        user=youssef, body="جهة سوس ماسة ثم الشرق.", parent=first
    )
    reply = services.comment_create(user=salma, body="شكرا على التوضيح.", parent=answer)

    page = browser_page
    page.goto("/ar/consultations/pan-2027/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    boxes = [
        page.locator(f"#comment-{c.pk} > article").bounding_box()
        for c in (first, answer, reply)
    ]
    # In RTL each reply starts further left of its parent's right edge...
    rights = [box["x"] + box["width"] for box in boxes]
    assert rights[0] > rights[1] > rights[2]
    # ...and the replies are lists named for the people they answer.
    assert page.locator(f"#comment-{first.pk} > ol.comment-replies").count() == 1
    assert page.locator(f"#comment-{answer.pk} > ol.comment-replies").count() == 1
    axe.assert_accessible(page)

    page.locator(f"#comment-{reply.pk} a.permalink").click()
    page.wait_for_url(re.compile(rf"/ar/consultations/pan-2027/#comment-{reply.pk}$"))
    assert page.locator(f"#comment-{reply.pk}").is_visible()
