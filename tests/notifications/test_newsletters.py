"""Newsletters: double opt-in, one-click unsubscribing, throttled and resumable
sending with its counts, the editors' preview and test."""

import html
import re

import pytest
from wagtail.models import Locale

from notifications import services
from notifications.models import (
    Delivery,
    DeliveryStatus,
    Newsletter,
    Sending,
    SendingStatus,
    Subscriber,
)
from notifications.services import newsletters as mailing
from tests.factories import (
    EventFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
)


def _link(message) -> str:
    url = re.search(r"https?://\S+", message.body).group(0)
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


@pytest.fixture
def newsletter(homes, consultation):
    index = NewsIndexPageFactory(parent=homes["fr"])
    news = NewsPageFactory(parent=index, title="Le plan d'action adopté")
    event = EventFactory(title="Atelier à Rabat")
    return Newsletter.objects.create(
        locale=Locale.objects.get(language_code="fr"),
        subject="Lettre de mars",
        intro="<p>Bonjour à toutes et à tous.</p>",
        content=[
            ("news", news),
            ("consultation", consultation),
            ("event", event),
            ("text", "<p>À bientôt.</p>"),
        ],
    )


def _subscribers(count, language="fr", **extra):
    from django.utils import timezone

    return [
        Subscriber.objects.create(
            email=f"s{n}-{language}@example.org",
            language=language,
            confirmed_at=timezone.now(),
            **extra,
        )
        for n in range(count)
    ]


def test_subscribing_takes_a_confirmation_by_email(commit, client, homes, outbox):
    with commit():
        page = client.post(
            "/fr/newsletter/",
            {"email": "Lina@Example.org", "language": "ar", "started": ""},
        )
    # The form refuses a send faster than a person can type; send it again.
    with commit():
        page = client.post(
            "/fr/newsletter/",
            {
                "email": "Lina@Example.org",
                "language": "ar",
                "started": page.context["form"].data["started"],
            },
        )
    assert page.status_code == 200
    subscriber = Subscriber.objects.get(email="lina@example.org")
    assert not subscriber.is_active  # not before the confirmation
    assert outbox[0].to == ["lina@example.org"]
    assert "النشرة الإخبارية" in outbox[0].subject  # in the chosen language
    link = _link(outbox[0])
    assert client.get(link).status_code == 200  # a visit confirms nothing
    subscriber.refresh_from_db()
    assert not subscriber.is_active
    client.post(link)
    subscriber.refresh_from_db()
    assert subscriber.is_active and subscriber.language == "ar"


def test_a_bad_email_comes_back_with_its_error(client, homes):
    page = client.post(
        "/fr/newsletter/", {"email": "pas-une-adresse", "language": "fr"}
    )
    assert page.status_code == 200
    assert page.context["form"].errors["email"]


@pytest.mark.parametrize("case", ["forged", "expired"])
def test_a_bad_or_expired_confirmation_link_says_so(client, homes, monkeypatch, case):
    subscriber = Subscriber.objects.create(email="x@example.org")
    token = services.newsletters.make_token(mailing.CONFIRM, f"{subscriber.pk}:fr")
    if case == "forged":
        token += "x"
    else:
        monkeypatch.setattr(mailing, "CONFIRM_MAX_AGE", -1)
    page = client.post(f"/fr/newsletter/confirm/{token}/")
    assert page.status_code == 400
    expected = "Ce lien a expiré." if case == "expired" else "n'est pas valide"
    assert expected in html.unescape(page.content.decode())
    subscriber.refresh_from_db()
    assert subscriber.confirmed_at is None


def test_sending_goes_to_confirmed_subscribers_of_the_language_throttled(
    commit, newsletter, editor, outbox, settings
):
    settings.NEWSLETTER_PER_MINUTE = 30
    active = _subscribers(3)
    _subscribers(2, language="ar")
    Subscriber.objects.create(email="unconfirmed@example.org", language="fr")
    sending = services.sending_start(newsletter=newsletter, by=editor)
    pauses = []
    counts = services.sending_run(sending_id=sending.pk, sleep=pauses.append)
    assert counts["sent"] == 3 and counts["pending"] == 0
    assert pauses == [2.0, 2.0, 2.0]  # 30 a minute
    assert sorted(m.to[0] for m in outbox) == sorted(s.email for s in active)
    message = outbox[0]
    assert message.subject.endswith("Lettre de mars")
    body_html = html.unescape(message.alternatives[0][0])
    for title in ["Le plan d'action adopté", "Atelier à Rabat", "À bientôt."]:
        assert title in body_html
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    sending.refresh_from_db()
    assert sending.status == SendingStatus.DONE


def test_a_stopped_mailing_resumes_without_sending_twice(
    newsletter, editor, outbox, settings, monkeypatch
):
    settings.NEWSLETTER_PER_MINUTE = 0
    subscribers = _subscribers(5)
    sending = services.sending_start(newsletter=newsletter, by=editor)
    first = services.sending_run(sending_id=sending.pk, limit=2)
    assert (first["sent"], first["pending"]) == (2, 3)
    # One leaves before their turn, one fails every time.
    services.subscriber_unsubscribe(
        token=mailing.make_token(mailing.UNSUBSCRIBE, subscribers[2].pk)
    )
    real_send = mailing.EmailMultiAlternatives.send

    def flaky(message, *args, **kwargs):
        if message.to == [subscribers[3].email]:
            raise OSError("refused")
        return real_send(message, *args, **kwargs)

    monkeypatch.setattr(mailing.EmailMultiAlternatives, "send", flaky)
    for _ in range(mailing.MAX_ATTEMPTS):
        counts = services.sending_run(sending_id=sending.pk)
    assert counts == {
        "total": 5,
        "sent": 3,
        "failed": 1,
        "pending": 0,
        "unsubscribed": 1,
    }
    assert len(outbox) == 3
    assert len({m.to[0] for m in outbox}) == 3


def test_an_unsubscribe_link_works_in_one_click_without_signing_in(
    client, newsletter, editor, outbox, settings
):
    settings.NEWSLETTER_PER_MINUTE = 0
    (subscriber,) = _subscribers(1)
    sending = services.sending_start(newsletter=newsletter, by=editor)
    services.sending_run(sending_id=sending.pk)
    link = outbox[0].extra_headers["List-Unsubscribe"].strip("<>")
    path = "/" + link.split("://", 1)[1].split("/", 1)[1]
    answer = client.post(path, {"List-Unsubscribe": "One-Click"})
    assert answer.status_code == 200
    subscriber.refresh_from_db()
    assert not subscriber.is_active
    counts = mailing.sending_counts if hasattr(mailing, "sending_counts") else None
    from notifications.queries import sending_counts

    assert sending_counts(sending)["unsubscribed"] == 1
    assert counts is None


def test_a_newsletter_is_sent_once_per_language(newsletter, editor):
    services.sending_start(newsletter=newsletter, by=editor)
    from core.errors import DomainError

    with pytest.raises(DomainError):
        services.sending_start(newsletter=newsletter, by=editor)


def test_the_command_sends_the_rest_with_a_progress_bar(newsletter, editor, settings):
    from io import StringIO

    from django.core.management import call_command

    settings.NEWSLETTER_PER_MINUTE = 0
    _subscribers(4)
    sending = Sending.objects.create(newsletter=newsletter, language="fr")
    for s in Subscriber.objects.all():
        Delivery.objects.create(sending=sending, subscriber=s)
    out, err = StringIO(), StringIO()
    call_command("send_newsletter", sending.pk, stdout=out, stderr=err)
    assert "Sent 4, failed 0, unsubscribed 0." in out.getvalue()
    assert "4/4" in err.getvalue()
    assert not Delivery.objects.filter(status=DeliveryStatus.PENDING).exists()


def test_editors_preview_test_and_send_from_the_admin(
    commit, client, newsletter, editor, citizen, outbox, settings
):
    settings.NEWSLETTER_PER_MINUTE = 0
    _subscribers(2)
    client.force_login(citizen)
    assert client.get(f"/admin/newsletters/{newsletter.pk}/").status_code in (302, 403)
    client.force_login(editor)
    screen = client.get(f"/admin/newsletters/{newsletter.pk}/")
    assert screen.status_code == 200
    preview = client.get(f"/admin/newsletters/{newsletter.pk}/preview/")
    assert "Atelier à Rabat" in preview.content.decode()
    client.post(f"/admin/newsletters/{newsletter.pk}/test/")
    assert outbox[-1].to == [editor.email]
    with commit():
        client.post(f"/admin/newsletters/{newsletter.pk}/send/")
    assert Delivery.objects.filter(status=DeliveryStatus.SENT).count() == 2
    screen = client.get(f"/admin/newsletters/{newsletter.pk}/").content.decode()
    assert "<svg" in screen  # the counts as a chart, with their table
    assert client.get("/admin/snippets/notifications/newsletter/").status_code == 200
