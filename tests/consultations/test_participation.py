"""Comments, supports and reports (services), one rule per test."""

import pytest
from django.core.exceptions import ValidationError

from consultations import services
from consultations.models import (
    Comment,
    CommentStatus,
    ContributionStatus,
    ModerationAction,
    Support,
)
from tests.consultations.helpers import pending
from tests.factories import (
    CommentFactory,
    ConsultationFactory,
    ContributionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


# --- Comments ------------------------------------------------------------------------


def test_citizens_comment_on_a_consultation_and_on_a_published_contribution(
    published, other_citizen
):
    on_consultation = services.comment_create(
        user=other_citizen, body="Bonne initiative", consultation=published.consultation
    )
    on_contribution = services.comment_create(
        user=other_citizen, body="Je soutiens", contribution=published
    )
    assert on_consultation.consultation == published.consultation
    assert on_contribution.contribution == published


def test_replies_stay_on_the_contribution_of_their_thread(published, other_citizen):
    first = services.comment_create(
        user=other_citizen, body="Question ?", contribution=published
    )
    reply = services.comment_create(user=published.author, body="Réponse", parent=first)
    reply_to_reply = services.comment_create(
        user=other_citizen, body="Merci", parent=reply
    )
    assert reply.parent == first and reply_to_reply.parent == reply
    assert reply_to_reply.contribution == published


def test_comments_need_an_account(consultation):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(services.AnonymousNotAllowed):
        services.comment_create(
            user=AnonymousUser(), body="Hello", consultation=consultation
        )


def test_no_comment_on_a_closed_consultation(closed_consultation, citizen):
    with pytest.raises(services.ConsultationNotOpen):
        services.comment_create(
            user=citizen, body="Trop tard", consultation=closed_consultation
        )


def test_no_comment_where_comments_are_closed(homes, citizen):
    consultation = ConsultationFactory(comments_open=False)
    with pytest.raises(services.CommentsClosed):
        services.comment_create(user=citizen, body="Hello", consultation=consultation)


def test_no_comment_on_an_unpublished_contribution(consultation, citizen):
    with pytest.raises(services.NotPublic):
        services.comment_create(
            user=citizen, body="Hello", contribution=pending(consultation)
        )


def test_an_empty_comment_is_refused(consultation, citizen):
    with pytest.raises(ValidationError):
        services.comment_create(
            user=citizen, body="<script>x</script>", consultation=consultation
        )


def test_the_same_comment_sent_twice_is_stored_once(consultation, citizen):
    first = services.comment_create(
        user=citizen, body="Bravo", consultation=consultation
    )
    again = services.comment_create(
        user=citizen, body="Bravo", consultation=consultation
    )
    assert again.pk == first.pk and Comment.objects.count() == 1


# --- Supports ------------------------------------------------------------------------


def test_a_citizen_supports_a_contribution_once(published, other_citizen):
    services.support_add(user=other_citizen, contribution=published)
    with pytest.raises(services.AlreadySupported):
        services.support_add(user=other_citizen, contribution=published)
    assert Support.objects.count() == 1


def test_the_database_refuses_a_second_support_even_without_the_service(
    published, other_citizen
):
    from django.db import IntegrityError, transaction

    Support.objects.create(user=other_citizen, contribution=published)
    with pytest.raises(IntegrityError), transaction.atomic():
        Support.objects.create(user=other_citizen, contribution=published)


def test_people_cannot_support_their_own_contribution(published):
    with pytest.raises(services.OwnContribution):
        services.support_add(user=published.author, contribution=published)


def test_no_support_for_an_unpublished_contribution(consultation, citizen):
    with pytest.raises(services.NotPublic):
        services.support_add(user=citizen, contribution=pending(consultation))


def test_no_support_once_the_consultation_is_closed(closed_consultation, citizen):
    contribution = ContributionFactory(consultation=closed_consultation)
    with pytest.raises(services.ConsultationNotOpen):
        services.support_add(user=citizen, contribution=contribution)


def test_a_support_can_be_withdrawn(published, other_citizen):
    services.support_add(user=other_citizen, contribution=published)
    services.support_remove(user=other_citizen, contribution=published)
    assert not Support.objects.exists()


# --- Reports -------------------------------------------------------------------------


def test_three_reports_from_different_people_hide_a_contribution(published):
    reporters = UserFactory.create_batch(3)
    services.flag_create(user=reporters[0], contribution=published, reason="spam")
    services.flag_create(user=reporters[1], contribution=published, reason="offensive")
    published.refresh_from_db()
    assert published.status == ContributionStatus.PUBLISHED
    services.flag_create(user=reporters[2], contribution=published, reason="spam")
    published.refresh_from_db()
    assert published.status == ContributionStatus.HIDDEN
    assert ModerationAction.objects.filter(
        contribution=published, action="auto_hide", moderator=None
    ).exists()


def test_one_person_reports_a_contribution_only_once(published, citizen):
    reporter = UserFactory()
    services.flag_create(user=reporter, contribution=published, reason="spam")
    with pytest.raises(services.AlreadyFlagged):
        services.flag_create(user=reporter, contribution=published, reason="spam")


def test_three_reports_hide_a_comment(published):
    comment = CommentFactory(contribution=published)
    for reporter in UserFactory.create_batch(3):
        services.flag_create(user=reporter, comment=comment, reason="offensive")
    comment.refresh_from_db()
    assert comment.status == CommentStatus.HIDDEN


def test_restoring_after_review_dismisses_the_reports(published, moderator):
    for reporter in UserFactory.create_batch(3):
        services.flag_create(user=reporter, contribution=published, reason="spam")
    services.contribution_moderate(
        contribution=published, moderator=moderator, action="restore"
    )
    # A new report counts from zero again: one report does not hide it.
    services.flag_create(user=UserFactory(), contribution=published, reason="spam")
    published.refresh_from_db()
    assert published.status == ContributionStatus.PUBLISHED


def test_a_report_needs_a_reason_from_the_list(published, citizen):
    with pytest.raises(ValidationError):
        services.flag_create(user=citizen, contribution=published, reason="boring")
