"""Moderation, official answers, the close-out and the exports (services)."""

import io

import pytest
from django.core import mail
from django.core.exceptions import ValidationError

from consultations import services
from consultations.models import ContributionStatus, ModerationAction
from tests.consultations.helpers import pending, submit
from tests.factories import ContributionFactory

pytestmark = pytest.mark.django_db


def test_a_moderator_approves_and_the_author_is_told(
    consultation, moderator, django_capture_on_commit_callbacks
):
    contribution = pending(consultation)
    with django_capture_on_commit_callbacks(execute=True):
        services.contribution_moderate(
            contribution=contribution, moderator=moderator, action="approve"
        )
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.PUBLISHED
    assert contribution.published_at is not None
    assert mail.outbox[-1].to == [contribution.author.email]
    entry = ModerationAction.objects.get(contribution=contribution)
    assert (entry.action, entry.moderator) == ("approve", moderator)


def test_a_rejection_needs_a_reason_and_tells_the_author_why(
    consultation, moderator, django_capture_on_commit_callbacks
):
    contribution = pending(consultation)
    with pytest.raises(ValidationError):
        services.contribution_moderate(
            contribution=contribution, moderator=moderator, action="reject"
        )
    with pytest.raises(ValidationError):
        services.contribution_moderate(
            contribution=contribution,
            moderator=moderator,
            action="reject",
            reason="other",
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.contribution_moderate(
            contribution=contribution,
            moderator=moderator,
            action="reject",
            reason="off_topic",
            note="Merci de l'envoyer à la boîte générale.",
        )
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.REJECTED
    assert "boîte générale" in mail.outbox[-1].body
    assert ModerationAction.objects.get(contribution=contribution).reason


def test_a_rejection_of_a_contribution_without_account_is_sent_to_its_email(
    consultation, moderator, django_capture_on_commit_callbacks
):
    contribution = pending(
        consultation, author=None, author_name="Karim", author_email="k@example.org"
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.contribution_moderate(
            contribution=contribution,
            moderator=moderator,
            action="reject",
            reason="advertising",
        )
    assert mail.outbox[-1].to == ["k@example.org"]


def test_moderators_hide_and_restore_a_published_contribution(published, moderator):
    services.contribution_moderate(
        contribution=published, moderator=moderator, action="hide", note="Doublon"
    )
    published.refresh_from_db()
    assert published.status == ContributionStatus.HIDDEN
    services.contribution_moderate(
        contribution=published, moderator=moderator, action="restore"
    )
    published.refresh_from_db()
    assert published.status == ContributionStatus.PUBLISHED
    actions = list(
        ModerationAction.objects.filter(contribution=published).values_list(
            "action", flat=True
        )
    )
    assert sorted(actions) == ["hide", "restore"]


def test_a_contribution_whose_email_is_not_confirmed_cannot_be_approved(
    consultation, moderator
):
    contribution = submit(consultation)
    with pytest.raises(services.InvalidTransition):
        services.contribution_moderate(
            contribution=contribution, moderator=moderator, action="approve"
        )


def test_a_published_contribution_cannot_be_approved_again(published, moderator):
    with pytest.raises(services.InvalidTransition):
        services.contribution_moderate(
            contribution=published, moderator=moderator, action="approve"
        )


@pytest.mark.parametrize("role", ["citizen", "anonymous"])
def test_only_moderators_moderate(consultation, citizen, role):
    from django.contrib.auth.models import AnonymousUser

    user = citizen if role == "citizen" else AnonymousUser()
    contribution = pending(consultation)
    with pytest.raises(services.NotAllowed):
        services.contribution_moderate(
            contribution=contribution, moderator=user, action="approve"
        )


def test_the_secretariat_may_moderate_too(consultation, secretariat):
    contribution = pending(consultation)
    services.contribution_moderate(
        contribution=contribution, moderator=secretariat, action="approve"
    )
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.PUBLISHED
    entry = ModerationAction.objects.get(contribution=contribution)
    assert (entry.action, entry.moderator) == ("approve", secretariat)


# --- Answers and close-out -----------------------------------------------------------


def test_the_secretariat_answers_a_contribution_publicly(
    published, secretariat, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer = services.answer_set(
            contribution=published,
            user=secretariat,
            verdict="partly_accepted",
            explanation="Retenu pour le prochain plan.",
        )
    assert answer.contribution == published
    assert mail.outbox[-1].to == [published.author.email]
    again = services.answer_set(
        contribution=published,
        user=secretariat,
        verdict="accepted",
        explanation="Retenu.",
    )
    assert again.pk == answer.pk and again.verdict == "accepted"


def test_moderators_do_not_give_official_answers(published, moderator):
    with pytest.raises(services.NotAllowed):
        services.answer_set(
            contribution=published, user=moderator, verdict="accepted", explanation="x"
        )


def test_only_published_contributions_get_an_answer(consultation, secretariat):
    with pytest.raises(services.NotPublic):
        services.answer_set(
            contribution=pending(consultation),
            user=secretariat,
            verdict="accepted",
            explanation="x",
        )


def test_an_answer_needs_an_explanation(published, secretariat):
    with pytest.raises(ValidationError):
        services.answer_set(
            contribution=published, user=secretariat, verdict="accepted", explanation=""
        )


def test_the_close_out_is_published_after_closing_with_a_synthesis(
    closed_consultation, secretariat
):
    with pytest.raises(services.InvalidTransition):
        services.closeout_publish(consultation=closed_consultation, user=secretariat)
    closed_consultation.synthesis_text = "<p>Nous avons retenu 12 propositions.</p>"
    closed_consultation.save()
    services.closeout_publish(consultation=closed_consultation, user=secretariat)
    closed_consultation.refresh_from_db()
    assert closed_consultation.closeout_published_at is not None


def test_no_close_out_while_the_consultation_is_open(consultation, secretariat):
    consultation.synthesis_text = "<p>Trop tôt</p>"
    consultation.save()
    with pytest.raises(services.InvalidTransition):
        services.closeout_publish(consultation=consultation, user=secretariat)


def test_moderators_do_not_publish_the_close_out(closed_consultation, moderator):
    with pytest.raises(services.NotAllowed):
        services.closeout_publish(consultation=closed_consultation, user=moderator)


# --- Exports -------------------------------------------------------------------------


def test_exports_neutralise_formulas_and_never_contain_emails(
    consultation, secretariat
):
    import openpyxl

    for start in ("=", "+", "-", "@", "\t", "\r"):
        ContributionFactory(
            consultation=consultation,
            title=f'{start}HYPERLINK("http://evil")',
            author=None,
            author_name="Anon",
            author_email="secret@example.org",
        )
    csv_data = services.contributions_export(
        consultation=consultation, user=secretariat, fmt="csv"
    ).decode("utf-8-sig")
    assert "secret@example.org" not in csv_data
    for start in ("=", "+", "-", "@"):
        assert f"'{start}HYPERLINK" in csv_data
    xlsx = services.contributions_export(
        consultation=consultation, user=secretariat, fmt="xlsx"
    )
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx)).active
    titles = [row[2] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert all(t.startswith("'") for t in titles)
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)
    assert ModerationAction.objects.filter(action="export").count() == 2


def test_exports_hold_only_published_contributions_unless_asked(
    consultation, secretariat
):
    ContributionFactory(consultation=consultation, title="Visible")
    pending(consultation, title="Waiting")
    public = services.contributions_export(
        consultation=consultation, user=secretariat, fmt="csv"
    ).decode("utf-8-sig")
    assert "Visible" in public and "Waiting" not in public
    everything = services.contributions_export(
        consultation=consultation, user=secretariat, fmt="csv", include_unpublished=True
    ).decode("utf-8-sig")
    assert "Waiting" in everything


def test_moderators_cannot_export(consultation, moderator):
    with pytest.raises(services.NotAllowed):
        services.contributions_export(
            consultation=consultation, user=moderator, fmt="csv"
        )
