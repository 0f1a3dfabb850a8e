"""The demo citizen: what they follow, and their notifications (read and unread),
made by the real services; the transparency group's news post and decision."""

import pytest
from django.db import transaction

from core import activity
from demo.users import CITIZEN_EMAIL
from notifications.models import Follow, Notification

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def demo_portal(django_db_setup, django_db_blocker):
    from django.core.management import call_command

    with django_db_blocker.unblock(), transaction.atomic():
        call_command("load_demo", hostname="testserver", stdout=open("/dev/null", "w"))
        yield
        transaction.set_rollback(True)


def test_the_demo_citizen_follows_a_consultation_a_theme_and_a_group(demo_portal):
    from accounts.models import User
    from working_groups.models import WorkingGroup

    citizen = User.objects.get(email=CITIZEN_EMAIL)
    keys = set(Follow.objects.filter(user=citizen).values_list("key", flat=True))
    group = WorkingGroup.objects.sources().get(slug="transparency")
    assert activity.follow_key(group) in keys
    assert any(k.startswith("consultations.consultation:") for k in keys)
    assert any(k.startswith("theme:") for k in keys)


def test_the_demo_citizen_has_read_and_unread_notifications_in_arabic(
    demo_portal, client
):
    from accounts.models import User

    citizen = User.objects.get(email=CITIZEN_EMAIL)
    mine = Notification.objects.filter(recipient=citizen)
    assert set(mine.values_list("kind", flat=True)) == {
        "consultations.opened",
        "working_groups.news",
        "working_groups.decision",
    }
    assert mine.filter(read_at__isnull=True).count() == 1
    assert mine.filter(read_at__isnull=False).count() == 2
    client.force_login(citizen)
    page = client.get("/ar/account/notifications/").content.decode()
    assert "تقترح المجموعة" in page or "قرار" in page
    # Loading the demo again tells no one twice.
    from django.core.management import call_command

    call_command("load_demo", hostname="testserver", stdout=open("/dev/null", "w"))
    assert Notification.objects.filter(recipient=citizen).count() == 3


def test_the_demo_group_page_shows_its_news_and_decision(demo_portal, client):
    page = client.get("/fr/working-groups/transparency/").content.decode()
    assert "Le groupe prépare ses propositions" in page
    assert "budgets annuels des collectivités" in page
