"""The admin screens: completeness, scoring (blind, conflicts), the diversity
decision, publication and mandates; each refused to those the rules refuse."""

import datetime

from django.utils import timezone

from calls.models import ApplicationStatus, Score
from governance.models import Member
from tests.factories import ApplicationFactory

from .helpers import score_all


def test_the_secretariat_returns_a_file_from_the_admin(
    client, application, secretariat
):
    application.status = ApplicationStatus.SUBMITTED
    application.save()
    client.force_login(secretariat)
    url = f"/admin/calls/applications/{application.pk}/check/"
    response = client.post(url, {"decision": "return", "reason": ""})
    assert (
        response.status_code == 200 and "What is missing" in response.content.decode()
    )
    response = client.post(url, {"decision": "return", "reason": "No report"})
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.RETURNED


def test_committee_members_cannot_check_files(client, application, scorer):
    application.status = ApplicationStatus.SUBMITTED
    application.save()
    client.force_login(scorer)
    assert client.get(
        f"/admin/calls/applications/{application.pk}/check/"
    ).status_code in (302, 403)


def test_a_member_scores_in_the_admin_and_sees_no_other_score(
    client, application, scorer, second_scorer
):
    score_all(application, second_scorer, 0.3)
    client.force_login(scorer)
    assert client.get("/admin/calls/committee/").status_code == 200
    overview = client.get(f"/admin/calls/{application.call_id}/overview/")
    assert overview.status_code == 200
    assert "Ranking" not in overview.content.decode()
    url = f"/admin/calls/applications/{application.pk}/score/"
    criteria = list(application.call.criteria.all())
    data = {f"criterion_{c.pk}": c.max_points + 1 for c in criteria}
    assert client.post(url, data).status_code == 200  # shown again
    data = {f"criterion_{c.pk}": c.max_points for c in criteria}
    assert client.post(url, data).status_code == 302
    assert Score.objects.filter(member__user=scorer).count() == len(criteria)
    overview = client.get(f"/admin/calls/{application.call_id}/overview/")
    assert "Ranking" in overview.content.decode()  # all have scored now


def test_a_tied_member_has_no_scoring_screen(client, application, tied_scorer):
    client.force_login(tied_scorer)
    url = f"/admin/calls/applications/{application.pk}/score/"
    assert client.get(url).status_code in (302, 403)


def test_the_secretariat_decides_publishes_and_creates_mandates_from_the_admin(
    client, call, committee, secretariat
):
    apps = [ApplicationFactory(call=call) for _ in range(3)]
    for application, share in zip(apps, (0.9, 0.8, 0.75), strict=True):
        for user in committee[:2]:
            score_all(application, user, share)
    call.closes_at = timezone.now() - datetime.timedelta(hours=1)
    call.save()
    client.force_login(secretariat)
    overview = f"/admin/calls/{call.pk}/overview/"
    html = client.get(overview).content.decode()
    assert "under 10 points" in html
    client.post(overview, {"action": "publish"})
    call.refresh_from_db()
    assert not call.results_published  # the decision is missing
    decision = f"/admin/calls/{call.pk}/decision/"
    html = client.get(decision).content.decode()
    assert apps[1].organisation.get_region_display() in html
    response = client.post(decision, {"chosen": [apps[2].pk], "reasons": "Région"})
    assert response.status_code == 302
    client.post(overview, {"action": "publish"})
    call.refresh_from_db()
    assert call.results_published
    client.post(overview, {"action": "mandates"})
    assert Member.objects.filter(body=call.body).count() == 2


def test_committee_members_cannot_publish(client, call, committee):
    application = ApplicationFactory(call=call)
    for user in committee[:2]:
        score_all(application, user)
    call.closes_at = timezone.now() - datetime.timedelta(hours=1)
    call.save()
    client.force_login(committee[0])
    client.post(f"/admin/calls/{call.pk}/overview/", {"action": "publish"})
    call.refresh_from_db()
    assert not call.results_published
    assert client.get(f"/admin/calls/{call.pk}/decision/").status_code in (302, 403)


def test_a_citizen_has_no_committee_screen(client, call, citizen):
    client.force_login(citizen)
    response = client.get(f"/admin/calls/{call.pk}/overview/")
    assert response.status_code in (302, 403)
