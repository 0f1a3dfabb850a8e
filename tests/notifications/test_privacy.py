"""Notification and newsletter data: in the personal-data export, gone with the
account."""

from django.contrib.contenttypes.models import ContentType

from accounts.services import account_delete, account_export
from core import activity
from notifications import services
from notifications.models import Follow, Notification, Preference, Subscriber


def _setup(amina, contribution, organisation, representative):
    services.follow_add(user=amina, key=activity.follow_key(contribution))
    services.follow_add(
        user=representative,
        key=activity.follow_key(contribution),
        organisation=organisation,
    )
    Notification.objects.create(
        recipient=amina,
        kind="consultations.answer",
        content_type=ContentType.objects.get_for_model(contribution),
        object_id=str(contribution.pk),
        channel="site",
    )
    Preference.objects.create(user=amina, kind="consultations.reply", channel="weekly")
    Subscriber.objects.create(email=amina.email, language="ar")


def test_the_export_holds_follows_notifications_choices_and_the_newsletter(
    amina, contribution, organisation, representative
):
    _setup(amina, contribution, organisation, representative)
    data = account_export(user=amina)["notifications"]
    assert data["follows"][0]["what"] == activity.follow_key(contribution)
    assert data["notifications"][0]["kind"] == "consultations.answer"
    assert data["preferences"] == {"consultations.reply": "weekly"}
    assert data["newsletter"]["email"] == amina.email


def test_deleting_the_account_erases_it_all_but_an_organisations_follow(
    amina, contribution, organisation, representative
):
    _setup(amina, contribution, organisation, representative)
    email = amina.email
    account_delete(user=amina)
    account_delete(user=representative)
    assert not Notification.objects.exists()
    assert not Preference.objects.exists()
    assert not Subscriber.objects.filter(email=email).exists()
    remaining = Follow.objects.get()
    assert remaining.organisation == organisation and remaining.user is None
