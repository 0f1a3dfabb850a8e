"""Consultations that open in a followed region, and calls for applications that
open for a followed body: who is told, in which language, and only once."""

from django.utils import timezone, translation

from core import activity
from notifications import services
from notifications.models import Channel, Notification
from notifications.services.notify import described
from tests.factories import BodyFactory, CallFactory, ConsultationFactory, UserFactory


def _told(kind, obj):
    return sorted(
        Notification.objects.filter(kind=kind, object_id=str(obj.pk)).values_list(
            "recipient__email", flat=True
        )
    )


def _sentence(notification, language):
    [item] = described([notification], language)
    return item


def test_a_consultation_in_a_region_tells_the_followers_of_the_region_once(
    commit, homes, amina, louis
):
    from consultations.notifications import due

    souss = ConsultationFactory(title="التشاور الجهوي", region="souss_massa")
    souss.tags.add("budget")
    national = ConsultationFactory()
    both = UserFactory(email="both@example.org", preferred_language="fr")
    services.follow_topics_set(user=amina, themes=[], regions=["souss_massa"])
    services.follow_topics_set(user=louis, themes=[], regions=["oriental"])
    # Follows the theme and the region: told once all the same.
    services.follow_topics_set(user=both, themes=["budget"], regions=["souss_massa"])
    with commit():
        due(timezone.now())
    with commit():
        due(timezone.now())
    assert _told("consultations.opened", souss) == [
        "amina@example.org",
        "both@example.org",
    ]
    # A national consultation is no news to the followers of a region.
    assert _told("consultations.opened", national) == []
    notification = Notification.objects.get(recipient=amina)
    assert notification.channel == Channel.WEEKLY
    item = _sentence(notification, "ar")
    assert "التشاور الجهوي" in item["text"]
    assert item["path"].startswith("/ar/consultations/")


def test_a_call_that_opens_tells_the_followers_of_its_body_once_in_their_language(
    commit, homes, amina, louis
):
    from calls.notifications import due

    body = BodyFactory()
    call = CallFactory(body=body, title_ar="طلب ترشيح اللجنة", title_fr="Appel Copil")
    CallFactory(is_published=False, body=body)  # a draft is told to no one
    upcoming = CallFactory(
        body=body, opens_at=timezone.now() + timezone.timedelta(days=2)
    )
    services.follow_add(user=amina, key=activity.follow_key(body))
    services.follow_add(user=louis, key=activity.follow_key(body))
    UserFactory(email="nobody@example.org")  # follows nothing
    with commit():
        assert due(timezone.now()) == 1
    with commit():
        due(timezone.now())
    assert _told("calls.opened", call) == ["amina@example.org", "louis@example.org"]
    assert Notification.objects.filter(kind="calls.opened").count() == 2
    assert _told("calls.opened", upcoming) == []
    arabic = _sentence(Notification.objects.get(recipient=amina), "ar")
    french = _sentence(Notification.objects.get(recipient=louis), "fr")
    assert "طلب ترشيح اللجنة" in arabic["text"]
    assert "Appel Copil" in french["text"]
    with translation.override("fr"):
        assert french["path"] == call.get_absolute_url()


def test_the_consultations_api_gives_and_filters_by_region(client, homes):
    ConsultationFactory(slug="souss", region="souss_massa")
    ConsultationFactory(slug="nation")
    rows = client.get("/api/consultations/?region=souss_massa").json()["results"]
    assert [r["slug"] for r in rows] == ["souss"]
    assert rows[0]["region"] == "souss_massa"
    national = client.get("/api/consultations/?region=national").json()
    assert [r["slug"] for r in national["results"]] == ["nation"]
    wrong = client.get("/api/consultations/?region=atlantis")
    assert wrong.status_code == 400
    assert "region" in wrong.json()


def test_the_consultation_list_page_filters_by_region(client, homes):
    ConsultationFactory(slug="souss", title="Souss budget", region="souss_massa")
    ConsultationFactory(slug="nation", title="National budget")
    page = client.get("/fr/consultations/?region=souss_massa")
    assert page.status_code == 200
    html = page.content.decode()
    assert "Souss budget" in html
    assert "National budget" not in html
    assert 'name="region"' in html
