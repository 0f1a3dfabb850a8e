"""Each kind of notification: who is told, in which language, and only once."""

import datetime

from django.utils import timezone

from consultations import services as consultations
from core import activity
from events.models import RegistrationStatus
from notifications import services
from notifications.models import Channel, Follow, Notification, Preference
from tests.factories import (
    BodyFactory,
    CommentFactory,
    ConsultationFactory,
    EventFactory,
    MeetingFactory,
    RegistrationFactory,
    UserFactory,
    WorkingGroupFactory,
)


def _follow(user, obj):
    return services.follow_add(user=user, key=activity.follow_key(obj))


def told(kind):
    return sorted(
        Notification.objects.filter(kind=kind).values_list(
            "recipient__email", flat=True
        )
    )


def test_a_reply_tells_the_author_of_the_comment_in_their_language(
    commit, contribution, amina, louis, outbox
):
    first = CommentFactory(contribution=contribution, author=amina)
    with commit():
        consultations.comment_create(user=louis, body="Je réponds", parent=first)
    assert told("consultations.reply") == ["amina@example.org"]
    assert len(outbox) == 1
    assert outbox[0].to == ["amina@example.org"]
    assert "ردّ" in outbox[0].body or "رد" in outbox[0].body  # Arabic, her language


def test_no_one_is_told_of_their_own_reply(commit, contribution, amina):
    first = CommentFactory(contribution=contribution, author=amina)
    with commit():
        consultations.comment_create(user=amina, body="Et moi encore", parent=first)
    assert told("consultations.reply") == []


def test_an_official_answer_tells_followers_once_and_the_author_on_the_site_only(
    commit, contribution, amina, superuser, outbox
):
    _follow(amina, contribution)
    Follow.objects.create(
        user=contribution.author, key=activity.follow_key(contribution)
    )
    with commit():
        consultations.answer_set(
            contribution=contribution,
            user=superuser,
            verdict="accepted",
            explanation="Nous le ferons.",
        )
    with commit():  # a correction is not news again
        consultations.answer_set(
            contribution=contribution,
            user=superuser,
            verdict="partly_accepted",
            explanation="En partie.",
        )
    assert told("consultations.answer") == ["amina@example.org", "author@example.org"]
    author_note = Notification.objects.get(recipient=contribution.author)
    assert author_note.channel == Channel.SITE  # the module already emailed them
    notification_emails = [m for m in outbox if "amina@example.org" in m.to]
    assert len(notification_emails) == 1
    assert "Budget ouvert" in notification_emails[0].body


def test_a_status_change_tells_followers_when_public_and_only_the_author_otherwise(
    commit, consultation, amina, moderator
):
    from tests.factories import ContributionFactory

    pending = ContributionFactory(
        consultation=consultation, status="pending_moderation", published_at=None
    )
    Follow.objects.create(user=amina, key=activity.follow_key(pending))
    with commit():
        consultations.contribution_moderate(
            contribution=pending,
            moderator=moderator,
            action="reject",
            reason="off_topic",
        )
    assert told("consultations.status") == [pending.author.email]
    other = ContributionFactory(
        consultation=consultation, status="pending_moderation", published_at=None
    )
    Follow.objects.create(user=amina, key=activity.follow_key(other))
    with commit():
        consultations.contribution_moderate(
            contribution=other, moderator=moderator, action="approve"
        )
    assert Notification.objects.filter(
        kind="consultations.status", recipient=amina, object_id=str(other.pk)
    ).exists()


def test_a_published_close_out_tells_the_followers_of_the_consultation(
    commit, homes, amina, louis, superuser
):
    closed = ConsultationFactory(closed=True, synthesis_text="<p>Synthèse</p>")
    _follow(amina, closed)
    with commit():
        consultations.closeout_publish(consultation=closed, user=superuser)
    assert told("consultations.closeout") == ["amina@example.org"]


def test_a_consultation_that_opens_tells_the_followers_of_its_themes_once(
    commit, homes, amina, louis
):
    from consultations.notifications import due

    opened = ConsultationFactory()
    opened.tags.add("budget")
    ConsultationFactory().tags.add("justice")
    services.follow_topics_set(user=amina, themes=["budget"], regions=[])
    services.follow_topics_set(user=louis, themes=["justice"], regions=[])
    with commit():
        due(timezone.now())
    with commit():
        due(timezone.now())
    assert (
        Notification.objects.filter(
            kind="consultations.opened", recipient=amina, object_id=str(opened.pk)
        ).count()
        == 1
    )
    assert not Notification.objects.filter(
        recipient=louis, object_id=str(opened.pk)
    ).exists()
    # A weekly digest by default: no email at once.
    assert Notification.objects.get(recipient=amina).channel == Channel.WEEKLY


def test_an_agenda_and_minutes_tell_the_followers_of_the_body(
    commit, homes, amina, secretariat
):
    from governance import services as governance

    body = BodyFactory()
    meeting = MeetingFactory(body=body)
    _follow(amina, body)
    with commit():
        governance.meeting_invite(meeting=meeting, by=secretariat)
    assert told("governance.agenda") == ["amina@example.org"]


def test_an_event_change_tells_followers_the_groups_and_registrants(
    commit, homes, amina, louis, outbox
):
    group = WorkingGroupFactory()
    event = EventFactory(working_group=group)
    registrant = UserFactory(email="reg@example.org")
    RegistrationFactory(
        event=event, user=registrant, status=RegistrationStatus.CONFIRMED
    )
    _follow(amina, event)
    _follow(louis, group)
    with commit():
        event.start += datetime.timedelta(days=1)
        event.end += datetime.timedelta(days=1)
        event.save()
    assert told("events.changed") == [
        "amina@example.org",
        "louis@example.org",
        "reg@example.org",
    ]
    with commit():
        event.summary = "Un autre résumé"
        event.save()  # not a change people need to hear of
    assert Notification.objects.filter(kind="events.changed").count() == 3
    with commit():
        event.is_published = False
        event.save()
    assert told("events.cancelled") == told("events.changed")


def test_an_organisations_follow_tells_each_of_its_representatives(
    commit, contribution, organisation, representative, superuser
):
    services.follow_add(
        user=representative,
        key=activity.follow_key(contribution),
        organisation=organisation,
    )
    with commit():
        consultations.answer_set(
            contribution=contribution,
            user=superuser,
            verdict="accepted",
            explanation="Oui.",
        )
    assert "rep@example.org" in told("consultations.answer")


def test_a_deleted_account_receives_nothing(commit, contribution, amina, superuser):
    from accounts.services import account_delete

    _follow(amina, contribution)
    account_delete(user=amina)
    with commit():
        consultations.answer_set(
            contribution=contribution,
            user=superuser,
            verdict="accepted",
            explanation="Oui.",
        )
    assert not Notification.objects.filter(recipient=amina).exists()


def test_a_person_who_chose_the_site_only_gets_no_email(
    commit, contribution, amina, superuser, outbox
):
    _follow(amina, contribution)
    Preference.objects.create(
        user=amina, kind="consultations.answer", channel=Channel.SITE
    )
    with commit():
        consultations.answer_set(
            contribution=contribution,
            user=superuser,
            verdict="accepted",
            explanation="Oui.",
        )
    assert told("consultations.answer") == ["amina@example.org"]
    assert not [m for m in outbox if "amina@example.org" in m.to]
