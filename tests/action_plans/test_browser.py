"""The dashboard in Arabic, in a real browser, on a phone and on a desktop:
right-to-left, no sideways scrolling, charts with their tables, and axe."""

import datetime

import pytest

from tests.fixtures.browser import browser_db

pytestmark = [pytest.mark.browser, browser_db]


@pytest.fixture
def dashboard(site):
    from action_plans.models import UpdateStatus
    from tests.factories.action_plans import (
        CommitmentFactory,
        InstitutionFactory,
        MilestoneFactory,
        PlanFactory,
        ProgressUpdateFactory,
    )

    plan = PlanFactory()
    leads = [
        InstitutionFactory(name="الهيئة الوطنية للنزاهة والوقاية من الرشوة ومحاربتها"),
        InstitutionFactory(name="وكالة التنمية الرقمية"),
    ]
    for n in range(4):
        commitment = CommitmentFactory(
            plan=plan,
            lead=leads[n % 2],
            number=n + 1,
            title=f"الالتزام رقم {n + 1}: نشر المعطيات المفتوحة للميزانية",
            ogp_values=["access_to_information", "technology"],
        )
        MilestoneFactory(commitment=commitment, due_date=datetime.date(2025, 1, 1))
        MilestoneFactory(commitment=commitment, due_date=datetime.date(2027, 1, 1))
        ProgressUpdateFactory(
            commitment=commitment,
            status=UpdateStatus.PUBLISHED,
            published_at=datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC),
        )
    return plan


@pytest.mark.parametrize("width", [390, 1280])
def test_the_arabic_dashboard_reads_right_to_left_at_each_width(
    browser_page, axe, dashboard, width
):
    page = browser_page
    page.set_viewport_size({"width": width, "height": 900})
    page.goto("/ar/action-plans/2024-2027/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("h1").inner_text() == "خطة العمل الوطنية 2024-2027"
    assert page.locator("svg[role=img]").count() == 4
    # No sideways scrolling: the page fits the screen.
    assert page.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth + 1"
    )
    # The chart's label starts on the right in Arabic.
    box = page.locator("#chart-status-caption").bounding_box()
    label = page.locator("figure.chart svg text.chart-label").first.bounding_box()
    assert label["x"] + label["width"] > box["x"] + box["width"] / 2
    # The table alternative opens without JavaScript's help.
    page.locator("figure.chart details summary").first.click()
    assert page.locator("figure.chart table").first.is_visible()
    # Filtering by status keeps the page and narrows the list.
    page.select_option("#id_status", "delayed")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_load_state()
    assert "status=delayed" in page.url
    assert page.locator(".commitment-list > li").count() == 4
    axe.assert_accessible(page)


@pytest.fixture
def french_commitment(site):
    """A commitment read in French: one milestone translated, one not, and a
    published update about both."""
    from wagtail.models import Locale

    from action_plans.models import MilestoneProgress, UpdateStatus
    from tests.factories.action_plans import (
        CommitmentFactory,
        MilestoneFactory,
        PlanFactory,
        ProgressUpdateFactory,
    )

    french = Locale.objects.get_or_create(language_code="fr")[0]
    plan = PlanFactory()
    plan.copy_for_translation(french).save()
    commitment = CommitmentFactory(plan=plan, number=1, title="العدالة المنفتحة")
    row = commitment.copy_for_translation(french)
    row.title = "La justice ouverte"
    row.save()
    first = MilestoneFactory(commitment=commitment, title="نشر الدليل", sort_order=0)
    row = first.copy_for_translation(french)
    row.title = "Publier le guide"
    row.save()
    second = MilestoneFactory(
        commitment=commitment, title="تكوين الموظفين", sort_order=1
    )
    update = ProgressUpdateFactory(
        commitment=commitment,
        status=UpdateStatus.PUBLISHED,
        published_at=datetime.datetime(2026, 3, 1, tzinfo=datetime.UTC),
    )
    for milestone in (first, second):
        MilestoneProgress.objects.create(
            update=update, milestone=milestone, status="in_progress", completion=40
        )
    return commitment


def test_the_french_commitment_page_marks_what_stays_in_arabic(
    browser_page, axe, french_commitment
):
    page = browser_page
    page.set_viewport_size({"width": 390, "height": 900})
    page.goto("/fr/action-plans/2024-2027/commitments/1/")
    update = page.locator(".progress-update li")
    assert update.first.inner_text().startswith("Publier le guide")
    arabic = update.nth(1).locator("span[lang=ar]")
    assert arabic.inner_text() == "تكوين الموظفين"
    assert arabic.evaluate("e => getComputedStyle(e).direction") == "rtl"
    assert page.locator(".follow").count() == 1  # sign in to follow
    assert page.evaluate(
        "document.documentElement.scrollWidth <= window.innerWidth + 1"
    )
    axe.assert_accessible(page)
