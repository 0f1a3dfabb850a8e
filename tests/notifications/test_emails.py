"""Emails: digests grouped by kind, signed unsubscribe links and headers, retries."""

import html

import pytest
from django.core import signing
from django.utils import timezone

from core import activity
from core.tokens import SALT
from notifications import services
from notifications.models import Channel, Notification, Preference
from notifications.services.notify import EVERY_KIND, UNSUBSCRIBE
from tests.factories import ContributionFactory


def _notify(user, target, kind, channel, **extra):
    from django.contrib.contenttypes.models import ContentType

    return Notification.objects.create(
        recipient=user,
        kind=kind,
        content_type=ContentType.objects.get_for_model(target),
        object_id=str(target.pk),
        channel=channel,
        key=f"{kind}:{target.pk}:{user.pk}",
        **extra,
    )


def test_a_daily_digest_gathers_each_persons_news_grouped_by_kind(
    contribution, consultation, amina, louis, outbox
):
    other = ContributionFactory(consultation=consultation, title="Données ouvertes")
    _notify(amina, contribution, "consultations.answer", Channel.DAILY)
    _notify(amina, other, "consultations.answer", Channel.DAILY)
    _notify(
        amina,
        other,
        "consultations.status",
        Channel.DAILY,
        data={"status": "published"},
    )
    _notify(amina, other, "consultations.closeout", Channel.WEEKLY)
    _notify(louis, contribution, "consultations.answer", Channel.DAILY)
    assert services.digests_send(channel=Channel.DAILY) == 2
    assert services.digests_send(channel=Channel.DAILY) == 0  # once only
    mine = next(m for m in outbox if m.to == ["amina@example.org"])
    assert mine.subject.endswith("مستجداتك اليومية")
    body = mine.body
    answers = "الجواب الرسمي على مساهمة أتابعها"
    assert body.count(answers) == 1  # one heading for the kind
    assert body.index("Budget ouvert") > body.index(answers)
    assert "Données ouvertes" in body
    weekly = Notification.objects.get(channel=Channel.WEEKLY)
    assert weekly.emailed_at is None


def test_every_email_has_a_signed_one_click_unsubscribe_link_and_headers(
    contribution, amina, outbox, client
):
    note = _notify(amina, contribution, "consultations.answer", Channel.IMMEDIATE)
    assert services.notifications_send(ids=[note.pk]) == 1
    message = outbox[0]
    link = message.extra_headers["List-Unsubscribe"].strip("<>")
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    assert link in message.body
    path = link.split("://", 1)[1].split("/", 1)[1]
    page = client.get("/" + path)
    assert page.status_code == 200
    assert not Preference.objects.exists()  # a visit (a mail scanner) changes nothing
    # A mail program's RFC 8058 POST, without any session or CSRF token.
    answer = client.post("/" + path, {"List-Unsubscribe": "One-Click"})
    assert answer.status_code == 200
    assert Preference.objects.get(user=amina, kind="consultations.answer").channel == (
        Channel.SITE
    )


def test_a_digests_link_stops_every_email_but_the_site_still_tells(amina):
    token = services.unsubscribe_token(amina, EVERY_KIND)
    user, kind = services.preference_unsubscribe(token=token)
    assert user == amina and kind is None
    assert set(
        Preference.objects.filter(user=amina).values_list("channel", flat=True)
    ) == {Channel.SITE}
    assert Preference.objects.filter(user=amina).count() == len(activity.kinds())


@pytest.mark.parametrize("case", ["forged", "expired", "other_purpose"])
def test_a_bad_or_expired_unsubscribe_link_says_so_and_changes_nothing(
    client, amina, case, monkeypatch
):
    token = services.unsubscribe_token(amina, "consultations.answer")
    if case == "forged":
        token = token[:-3] + "abc"
    elif case == "other_purpose":
        token = signing.dumps(
            {"p": "newsletter.unsubscribe", "id": f"{amina.pk}:x"}, salt=SALT
        )
    else:
        monkeypatch.setattr("notifications.services.notify.UNSUBSCRIBE_MAX_AGE", -1)
    page = client.post(f"/fr/account/notifications/unsubscribe/{token}/")
    assert page.status_code == 400
    text = html.unescape(page.content.decode())
    expected = "Ce lien a expiré." if case == "expired" else "n'est pas valide"
    assert expected in text
    assert "Rien n'a été modifié" in text
    assert not Preference.objects.exists()
    assert UNSUBSCRIBE == "notifications.unsubscribe"


def test_a_failed_email_is_kept_and_sent_again_later(
    contribution, amina, outbox, monkeypatch
):
    note = _notify(amina, contribution, "consultations.answer", Channel.IMMEDIATE)

    def broken(self, *args, **kwargs):
        raise OSError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", broken)
    assert services.notifications_send(ids=[note.pk]) == 0
    note.refresh_from_db()
    assert note.emailed_at is None and note.email_attempts == 1
    monkeypatch.undo()
    later = timezone.now() + services.notify.RETRY_AFTER
    assert services.pending_send(now=later) == 1
    assert services.pending_send(now=later) == 0
    assert len(outbox) == 1


def test_a_failed_send_never_undoes_the_action(
    commit, contribution, amina, superuser, monkeypatch
):
    from consultations import services as consultations

    services.follow_add(user=amina, key=activity.follow_key(contribution))

    class Broken:
        def enqueue(self, **kwargs):
            raise RuntimeError("queue down")

    monkeypatch.setattr("notifications.tasks.fan_out", Broken())
    with commit():
        answer = consultations.answer_set(
            contribution=contribution,
            user=superuser,
            verdict="accepted",
            explanation="Oui.",
        )
    answer.refresh_from_db()
    assert answer.verdict == "accepted"
