"""``action_plans.progress``: followers of a commitment (or of its plan) are told
of a published progress update, in their language, once; the focal point who
wrote it is not told of their own act."""

import pytest
from wagtail.models import Locale

from action_plans import services
from core import activity
from notifications import services as notifications
from notifications.models import Channel, Notification
from tests.factories import UserFactory
from tests.factories.action_plans import FocalPointFactory


@pytest.fixture
def commit(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def _submitted(commitment, focal_point, text="تقدم ملموس في الإنجاز."):
    milestone = commitment.milestones.first()
    return services.update_save(
        commitment=commitment,
        by=focal_point,
        text=text,
        language="ar",
        milestones=[services.MilestoneReport(milestone.pk, "in_progress", 50)],
        submit=True,
    )


def _told():
    return sorted(
        Notification.objects.filter(kind="action_plans.progress").values_list(
            "recipient__email", flat=True
        )
    )


def test_followers_are_told_of_a_published_update_in_their_language_once(
    commit, homes, commitment, ministry, focal_point, secretariat, outbox
):
    french = commitment.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.title = "La justice ouverte"
    french.save()
    amina = UserFactory(email="amina@example.org", preferred_language="ar")
    louis = UserFactory(email="louis@example.org", preferred_language="fr")
    colleague = UserFactory(email="colleague@justice.example.org")
    FocalPointFactory(user=colleague, institution=ministry)
    key = activity.follow_key(commitment)
    for person in (amina, louis, focal_point, colleague):
        notifications.follow_add(user=person, key=key)
    # Louis follows the plan too: still one notification.
    notifications.follow_add(user=louis, key=activity.follow_key(commitment.plan))
    update = _submitted(commitment, focal_point)
    with commit():
        services.update_review(update=update, by=secretariat, publish=False, note="x")
    assert _told() == []  # sent back: nothing to tell
    update = _submitted(commitment, focal_point)
    outbox.clear()
    with commit():
        services.update_review(update=update, by=secretariat, publish=True)
    # The author is not told of their own progress; the other focal point of the
    # institution is, on the site only (the module emailed them the review).
    assert _told() == [
        "amina@example.org",
        "colleague@justice.example.org",
        "louis@example.org",
    ]
    assert (
        Notification.objects.get(
            recipient=colleague, kind="action_plans.progress"
        ).channel
        == Channel.SITE
    )
    to_louis = [m for m in outbox if m.to == ["louis@example.org"]]
    to_amina = [m for m in outbox if m.to == ["amina@example.org"]]
    assert len(to_louis) == 1 and len(to_amina) == 1
    assert "La justice ouverte" in to_louis[0].body
    assert "/fr/action-plans/2024-2027/commitments/1/" in to_louis[0].body
    assert "العدالة" in to_amina[0].body
    # The colleague's one email is the module's own (the review), not a notification.
    assert len([m for m in outbox if "colleague@justice.example.org" in m.to]) == 1


def test_a_plan_that_is_not_public_tells_no_one(
    commit, homes, commitment, focal_point, secretariat
):
    follower = UserFactory(email="follower@example.org")
    notifications.follow_add(user=follower, key=activity.follow_key(commitment))
    plan = commitment.plan
    plan.is_public = False
    plan.save()
    update = _submitted(commitment, focal_point)
    with commit():
        services.update_review(update=update, by=secretariat, publish=True)
    assert _told() == []


def test_the_commitment_page_has_a_follow_button_that_follows_it(
    client, homes, commitment
):
    url = "/fr/action-plans/2024-2027/commitments/1/"
    page = client.get(url).content.decode()
    assert "?next=" in page.split('class="follow"')[1][:300]  # sign in first
    reader = UserFactory(email="reader@example.org")
    client.force_login(reader)
    page = client.get(url).content.decode()
    key = activity.follow_key(commitment)
    assert f'name="key" value="{key}"' in page
    form = page.split('class="follow"')[1]
    action = form.split('action="')[1].split('"')[0]
    answer = client.post(action, {"key": key, "next": url})
    assert answer.status_code == 302
    assert 'aria-pressed="true"' in client.get(url).content.decode()
