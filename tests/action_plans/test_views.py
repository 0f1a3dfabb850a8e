"""The public pages: the dashboard (filters, charts, a fixed number of queries),
a commitment's timeline, traceability both ways, the site search, and the
reporting desk."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from action_plans import privacy, services
from action_plans.models import Phase, UpdateStatus
from search.registry import get_source
from tests.factories import ConsultationFactory, ContributionFactory
from tests.factories.action_plans import (
    CommitmentFactory,
    InstitutionFactory,
    MilestoneFactory,
    ProgressUpdateFactory,
)

DASHBOARD = "/ar/action-plans/2024-2027/"


def _grow(plan, count: int) -> None:
    """``count`` more commitments, each with its institution, milestones, updates."""
    for n in range(count):
        lead = InstitutionFactory()
        commitment = CommitmentFactory(
            plan=plan, lead=lead, number=100 + n + plan.commitments.count()
        )
        for due in (datetime.date(2025, 1, 1), datetime.date(2027, 1, 1)):
            MilestoneFactory(commitment=commitment, due_date=due)
        ProgressUpdateFactory(
            commitment=commitment,
            status=UpdateStatus.PUBLISHED,
            published_at=datetime.datetime(2026, 1, 1, tzinfo=datetime.UTC),
        )


def _queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_dashboard_costs_the_same_queries_for_three_or_twelve_commitments(
    client, homes, plan, django_assert_max_num_queries
):
    _grow(plan, 3)
    few = _queries(client, DASHBOARD)
    _grow(plan, 9)
    with django_assert_max_num_queries(few):
        client.get(DASHBOARD)
    # Pinned: the page, the site's chrome and the dashboard's own reads.
    assert few <= 17


def test_the_dashboard_shows_the_completion_the_charts_and_the_overdue(
    client, homes, commitment, other_commitment
):
    page = client.get(DASHBOARD).content.decode()
    assert 'dir="rtl"' in page
    assert page.count('<svg role="img"') == 4
    assert 'direction="rtl"' in page
    assert "العدالة" in page and "البيانات" in page
    # The 2025 milestone of commitment 1 is overdue; its row says so.
    assert 'id="overdue-title"' in page
    assert "30%" in page


@pytest.mark.parametrize(
    ("query", "shown", "hidden"),
    [
        ("institution=justice", "العدالة", "البيانات"),
        ("status=delayed", "العدالة", "البيانات"),
        ("q=العدالة", "العدالة", "البيانات"),
        ("value=technology", None, "العدالة"),
    ],
)
def test_the_filters_narrow_the_commitments(
    client, homes, commitment, other_commitment, query, shown, hidden
):
    page = client.get(f"{DASHBOARD}?{query}").content.decode()
    listed = page.split('class="commitment-list"')[-1] if shown else page
    if shown:
        assert shown in listed
    assert f"{hidden}</a></h3>" not in listed


def test_a_bad_filter_shows_the_form_again_not_an_error(client, homes, commitment):
    answer = client.get(f"{DASHBOARD}?status=unknown")
    assert answer.status_code == 200
    assert "error-summary" in answer.content.decode()


def test_the_commitment_page_shows_its_timeline_and_evidence(
    client, homes, commitment, focal_point, secretariat
):
    milestone = commitment.milestones.first()
    update = services.update_save(
        commitment=commitment,
        by=focal_point,
        text="تم نشر المعطيات الأولى.",
        language="ar",
        milestones=[services.MilestoneReport(milestone.pk, "completed", 100)],
        evidence=[services.EvidenceItem(milestone.pk, url="https://data.gov.ma/")],
        submit=True,
    )
    page = client.get(f"{DASHBOARD}commitments/1/").content.decode()
    assert "تم نشر المعطيات الأولى." not in page  # not published yet
    services.update_review(update=update, by=secretariat, publish=True)
    page = client.get(f"{DASHBOARD}commitments/1/").content.decode()
    assert "تم نشر المعطيات الأولى." in page
    assert 'href="https://data.gov.ma/"' in page
    assert "<td>100%</td>" in page


def test_traceability_shows_both_ways(client, homes, commitment):
    consultation = ConsultationFactory(slug="plan-2024")
    contribution = ContributionFactory(consultation=consultation, title="Budget ouvert")
    commitment.origin = consultation
    commitment.save()
    commitment.contributions.add(contribution)
    page = client.get(f"{DASHBOARD}commitments/1/").content.decode()
    assert "Budget ouvert" in page
    consultation_page = client.get("/ar/consultations/plan-2024/").content.decode()
    assert f'href="{DASHBOARD}commitments/1/"' in consultation_page


def test_a_draft_is_commented_commitment_by_commitment(
    client, homes, commitment, secretariat
):
    plan = commitment.plan
    plan.phase = Phase.COCREATION
    plan.save()
    url = f"{DASHBOARD}commitments/1/comment/"
    assert client.get(url).status_code == 400  # not open yet
    services.plan_cocreation_open(
        plan=plan, consultation=ConsultationFactory(), by=secretariat
    )
    form = client.get(url)
    assert form.status_code == 200
    answer = client.post(url, {"title": "", "body": "x"})
    assert answer.status_code == 400
    assert "error-summary" in answer.content.decode()


def test_commitments_are_in_the_site_search_only_when_their_plan_is_public(
    commitment,
):
    source = get_source("action_plan_commitment")
    (entry,) = source.entries(commitment)
    assert entry.locale == "ar"
    assert entry.url == f"{DASHBOARD}commitments/1/"
    assert "المرحلة" in entry.body
    commitment.plan.is_public = False
    assert list(source.entries(commitment)) == []


def test_the_reporting_desk_is_for_focal_points_and_the_secretariat(
    client, homes, commitment, other_commitment, focal_point, citizen
):
    desk = "/ar/action-plans/report/"
    client.force_login(citizen)
    assert client.get(desk).status_code == 403
    client.force_login(focal_point)
    page = client.get(desk).content.decode()
    assert "العدالة" in page and "البيانات" not in page
    new = f"/ar/action-plans/report/commitments/{other_commitment.pk}/new/"
    assert client.get(new).status_code == 403
    own = f"/ar/action-plans/report/commitments/{commitment.pk}/new/"
    data = {"text": "تقدم ملموس في الإنجاز.", "language": "ar", "submit": "1"}
    for m in commitment.milestones.all():
        data[f"status_{m.pk}"] = "in_progress"
        data[f"completion_{m.pk}"] = "50"
    assert client.post(own, data).status_code == 302
    assert commitment.updates.get().status == UpdateStatus.SUBMITTED
    data[f"completion_{m.pk}"] = "500"
    assert client.post(own, data).status_code == 400


def test_the_secretariat_reviews_on_the_desk(client, homes, commitment, secretariat):
    update = ProgressUpdateFactory(commitment=commitment)
    client.force_login(secretariat)
    url = f"/ar/action-plans/report/updates/{update.pk}/"
    assert client.post(url, {"decision": "changes", "note": ""}).status_code == 400
    assert client.post(url, {"decision": "publish"}).status_code == 302
    update.refresh_from_db()
    assert update.status == UpdateStatus.PUBLISHED


def test_privacy_exports_the_focal_point_s_updates_and_erases_the_link(
    commitment, focal_point
):
    update = ProgressUpdateFactory(commitment=commitment, author=focal_point)
    exported = privacy.export(focal_point)
    assert exported["focal_point"]["institution"] == "وزارة العدل"
    assert exported["progress_updates"][0]["text"] == update.text
    privacy.erase(focal_point)
    update.refresh_from_db()
    assert update.author is None
    assert privacy.export(focal_point)["focal_point"] is None


def _translate(row, code: str, **texts):
    from wagtail.models import Locale

    copy = row.copy_for_translation(Locale.objects.get_or_create(language_code=code)[0])
    for name, value in texts.items():
        setattr(copy, name, value)
    copy.save()
    return copy


def _publish(commitment, focal_point, secretariat, text: str):
    update = services.update_save(
        commitment=commitment,
        by=focal_point,
        text=text,
        language="ar",
        milestones=[
            services.MilestoneReport(m.pk, "in_progress", 40)
            for m in commitment.milestones.sources()
        ],
        submit=True,
    )
    return services.update_review(update=update, by=secretariat, publish=True)


def test_a_published_update_names_its_milestones_in_the_page_s_language(
    client, homes, commitment, focal_point, secretariat
):
    first, second = commitment.milestones.order_by("sort_order")
    first.title, second.title = "نشر الدليل", "تكوين الموظفين"
    first.save()
    second.save()
    _translate(commitment.plan, "fr", title="Plan 2024-2027")
    _translate(commitment, "fr", title="La justice")
    _translate(first, "fr", title="Publier le guide")
    _publish(commitment, focal_point, secretariat, "تقدم ملموس في الإنجاز.")
    url = "/fr/action-plans/2024-2027/commitments/1/"
    page = client.get(url).content.decode()
    update = page.split('class="progress-update"')[1].split("</div>\n")[1]
    # The French title, in the update's list of milestones too.
    assert "Publier le guide" in update
    assert "نشر الدليل" not in page
    # No French translation: the Arabic title, marked as Arabic written right to left.
    assert '<span dir="auto" lang="ar" dir="rtl">تكوين الموظفين</span>' not in update
    assert 'lang="ar" dir="rtl">تكوين الموظفين</span>' in update
    # In Arabic, nothing is marked.
    arabic = client.get("/ar/action-plans/2024-2027/commitments/1/").content.decode()
    assert ">نشر الدليل</span>" in arabic
    assert 'lang="ar" dir="rtl"' not in arabic.split("<main")[1]


def test_the_commitment_page_costs_the_same_queries_for_one_or_four_updates(
    client, homes, commitment, focal_point, secretariat, django_assert_max_num_queries
):
    url = "/fr/action-plans/2024-2027/commitments/1/"
    _translate(commitment.milestones.first(), "fr", title="Publier le guide")
    _publish(commitment, focal_point, secretariat, "Premier point d'avancement.")
    one = _queries(client, url)
    for n in range(3):
        MilestoneFactory(commitment=commitment, sort_order=5 + n)
        _publish(commitment, focal_point, secretariat, f"Point d'avancement {n}.")
    with django_assert_max_num_queries(one):
        client.get(url)


def test_a_focal_point_cannot_open_nor_change_another_institution_s_update(
    client, homes, commitment, focal_point, other_focal_point
):
    update = ProgressUpdateFactory(
        commitment=commitment, author=focal_point, status=UpdateStatus.DRAFT
    )
    client.force_login(other_focal_point)
    edit = f"/ar/action-plans/report/updates/{update.pk}/edit/"
    assert client.get(edit).status_code == 403
    data = {"text": "نص غير مرغوب فيه تماما.", "language": "ar", "submit": "1"}
    assert client.post(edit, data).status_code == 403
    assert client.get(f"/ar/action-plans/report/updates/{update.pk}/").status_code == (
        404
    )
    update.refresh_from_db()
    assert update.text != data["text"] and update.status == UpdateStatus.DRAFT
    # Its own focal point may.
    client.force_login(focal_point)
    assert client.get(edit).status_code == 200
