"""The notification centre: read and unread, in the reader's language, the count in
the header without JavaScript, preferences."""

import pytest
from django.contrib.contenttypes.models import ContentType

from notifications.models import Channel, Notification, Preference
from tests.factories import ContributionFactory


def _notify(user, target, kind="consultations.answer", **extra):
    return Notification.objects.create(
        recipient=user,
        kind=kind,
        content_type=ContentType.objects.get_for_model(target),
        object_id=str(target.pk),
        channel=Channel.SITE,
        **extra,
    )


def test_the_header_counts_unread_notifications(client, contribution, amina):
    _notify(amina, contribution)
    _notify(
        amina, contribution, kind="consultations.status", data={"status": "published"}
    )
    client.force_login(amina)
    page = client.get("/ar/account/")
    text = page.content.decode()
    assert 'class="notifications-link"' in text
    assert '<span class="count" aria-hidden="true">2</span>' in text


def test_the_centre_says_each_notification_in_the_readers_language(
    client, contribution, amina
):
    _notify(amina, contribution)
    client.force_login(amina)
    arabic = client.get("/ar/account/notifications/").content.decode()
    assert "توصلت المساهمة «Budget ouvert» بالجواب الرسمي." in arabic
    french = client.get("/fr/account/notifications/").content.decode()
    assert "La contribution « Budget ouvert » a reçu une réponse officielle." in french


def test_opening_a_notification_marks_it_read_and_goes_to_its_page(
    client, contribution, amina, louis
):
    note = _notify(amina, contribution)
    client.force_login(louis)
    assert client.post(f"/fr/account/notifications/{note.pk}/open/").status_code == 404
    client.force_login(amina)
    answer = client.post(f"/fr/account/notifications/{note.pk}/open/")
    assert answer.status_code == 302
    assert answer["Location"] == contribution.get_url_path("fr")
    note.refresh_from_db()
    assert note.read_at is not None


def test_mark_all_as_read(client, contribution, amina):
    _notify(amina, contribution)
    _notify(amina, contribution, kind="consultations.closeout")
    client.force_login(amina)
    client.post("/fr/account/notifications/")
    assert not Notification.objects.filter(read_at__isnull=True).exists()


def test_the_centre_is_private(client):
    answer = client.get("/fr/account/notifications/")
    assert answer.status_code == 302 and "login" in answer["Location"]


def test_the_list_costs_a_fixed_number_of_queries(
    client, consultation, amina, django_assert_max_num_queries
):
    for _n in range(20):
        _notify(amina, ContributionFactory(consultation=consultation))
    client.force_login(amina)
    client.get("/fr/account/notifications/")
    with django_assert_max_num_queries(30):
        page = client.get("/fr/account/notifications/")
    assert page.content.decode().count('class="notification ') == 20


def test_preferences_are_chosen_per_kind_and_bad_choices_come_back(client, amina):
    client.force_login(amina)
    page = client.get("/fr/account/notifications/preferences/")
    assert "Une réponse à mon commentaire" in page.content.decode()
    from core import activity

    data = dict.fromkeys(activity.kinds(), "daily")
    data["consultations.reply"] = "weekly"
    assert (
        client.post("/fr/account/notifications/preferences/", data).status_code == 302
    )
    assert Preference.objects.get(user=amina, kind="consultations.reply").channel == (
        "weekly"
    )
    data["consultations.reply"] = "carrier-pigeon"
    assert (
        client.post("/fr/account/notifications/preferences/", data).status_code == 200
    )


@pytest.mark.parametrize("language", ["ar", "fr", "en"])
def test_the_account_page_links_to_notifications(client, amina, language):
    client.force_login(amina)
    page = client.get(f"/{language}/account/")
    assert f"/{language}/account/notifications/preferences/" in page.content.decode()
