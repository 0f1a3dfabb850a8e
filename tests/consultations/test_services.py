"""Every rule of consultations.services, one test each (each fails without its rule)."""

import datetime
import io
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from PIL import Image

from consultations import privacy, services
from consultations.models import (
    Comment,
    CommentStatus,
    Contribution,
    ContributionStatus,
    ModerationAction,
    Support,
)
from core.antiabuse import RateLimited
from core.tokens import InvalidToken, make_token
from tests.factories import (
    CommentFactory,
    ConsultationFactory,
    ContributionFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def submit(consultation, user=None, **overrides):
    data = {
        "consultation": consultation,
        "kind": "proposal",
        "title": "Ouvrir les données budgétaires",
        "body": "Publier chaque trimestre les données du budget en format ouvert.",
        "language": "fr",
        "region": "casablanca_settat",
        "user": user,
        "ip": "203.0.113.7",
    }
    if user is None:
        data.update(author_name="Karim", author_email="karim@example.org")
    data.update(overrides)
    return services.contribution_submit(**data)


def verify_token_from_email() -> str:
    body = mail.outbox[-1].body
    line = next(line for line in body.splitlines() if "/consultations/verify/" in line)
    return line.rstrip("/").rsplit("/", 1)[-1]


def png_with_gps() -> bytes:
    image = Image.new("RGB", (20, 20), "red")
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"  # camera make
    gps = exif.get_ifd(0x8825)  # GPS position
    gps[1], gps[2] = "N", (33.0, 35.0, 0.0)
    out = io.BytesIO()
    image.save(out, format="JPEG", exif=exif)
    return out.getvalue()


PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


# --- Submitting ----------------------------------------------------------------------


def test_a_citizen_proposal_waits_for_moderation_when_moderation_comes_first(
    consultation, citizen, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        contribution = submit(consultation, citizen)
    assert contribution.status == ContributionStatus.PENDING_MODERATION
    assert contribution.reference.startswith("CP-")
    assert contribution.author == citizen and contribution.author_email == ""
    assert mail.outbox[-1].to == [citizen.email]
    assert contribution.reference in mail.outbox[-1].subject


def test_a_citizen_contribution_is_published_at_once_with_moderation_after(
    homes, citizen
):
    consultation = ConsultationFactory(moderation_mode="after")
    contribution = submit(consultation, citizen)
    assert contribution.status == ContributionStatus.PUBLISHED
    assert contribution.published_at is not None


def test_contributions_attach_to_the_original_of_a_translated_consultation(
    consultation, citizen
):
    from wagtail.models import Locale

    french = consultation.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save()
    contribution = submit(french, citizen)
    assert contribution.consultation_id == consultation.pk


def test_a_contribution_without_account_waits_for_the_email_link(
    consultation, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        contribution = submit(consultation)
    assert contribution.status == ContributionStatus.PENDING_VERIFICATION
    assert mail.outbox[-1].to == ["karim@example.org"]
    token = verify_token_from_email()
    verified = services.contribution_verify_email(token=token)
    assert verified.status == ContributionStatus.PENDING_MODERATION
    assert verified.email_verified_at is not None


def test_the_email_link_works_only_once(consultation):
    contribution = submit(consultation)
    token = services.contribution_verify_token(contribution)
    services.contribution_verify_email(token=token)
    with pytest.raises(InvalidToken):
        services.contribution_verify_email(token=token)


def test_an_expired_email_link_is_refused(consultation, monkeypatch):
    contribution = submit(consultation)
    token = services.contribution_verify_token(contribution)
    monkeypatch.setattr(services, "EMAIL_TOKEN_MAX_AGE", -1)
    with pytest.raises(InvalidToken):
        services.contribution_verify_email(token=token)


def test_a_link_made_for_something_else_is_refused(consultation):
    contribution = submit(consultation)
    with pytest.raises(InvalidToken):
        services.contribution_verify_email(
            token=make_token("event-cancel", contribution.pk)
        )


def test_verification_publishes_at_once_with_moderation_after(homes):
    consultation = ConsultationFactory(moderation_mode="after")
    contribution = submit(consultation)
    token = services.contribution_verify_token(contribution)
    assert (
        services.contribution_verify_email(token=token).status
        == ContributionStatus.PUBLISHED
    )


def test_nothing_typed_is_lost_when_the_email_cannot_be_queued(
    consultation, monkeypatch, django_capture_on_commit_callbacks
):
    from core import emails

    def broken(**kwargs):
        raise ConnectionError("mail server down")

    monkeypatch.setattr(emails, "send_email_task", SimpleNamespace(enqueue=broken))
    with django_capture_on_commit_callbacks(execute=True):
        contribution = submit(consultation)
    assert Contribution.objects.filter(pk=contribution.pk).exists()


def test_people_without_account_are_refused_where_the_consultation_requires_one(
    homes,
):
    consultation = ConsultationFactory(allow_anonymous=False)
    with pytest.raises(services.AnonymousNotAllowed):
        submit(consultation)


def test_no_contribution_to_a_closed_consultation(closed_consultation, citizen):
    with pytest.raises(services.ConsultationNotOpen) as excinfo:
        submit(closed_consultation, citizen)
    assert "closed" in str(excinfo.value.message)


def test_no_contribution_to_a_consultation_not_yet_open(homes, citizen):
    with pytest.raises(services.ConsultationNotOpen) as excinfo:
        submit(ConsultationFactory(upcoming=True), citizen)
    assert "not open yet" in str(excinfo.value.message)


def test_the_consultation_closes_at_its_closing_time_in_casablanca(homes, citizen):
    closing = timezone.now() + datetime.timedelta(seconds=1)
    consultation = ConsultationFactory(closes_at=closing)
    assert consultation.status_at(closing - datetime.timedelta(seconds=1)) == "open"
    assert consultation.status_at(closing) == "closed"


def test_the_general_box_is_always_open(homes, citizen):
    box = services.general_box_get()
    assert box.is_general_box and box.status == "open"
    assert services.general_box_get().pk == box.pk
    assert submit(box, citizen).consultation == box


def test_the_same_text_sent_twice_within_minutes_is_stored_once(consultation, citizen):
    first = submit(consultation, citizen)
    second = submit(consultation, citizen, body=first.body.upper() + "  ")
    assert second.pk == first.pk and second.duplicate
    assert Contribution.objects.count() == 1


def test_the_same_text_sent_again_later_is_a_new_contribution(consultation, citizen):
    first = submit(consultation, citizen)
    Contribution.objects.filter(pk=first.pk).update(
        submitted_at=timezone.now() - datetime.timedelta(hours=1)
    )
    assert submit(consultation, citizen).pk != first.pk


def test_the_same_text_by_two_people_is_two_contributions(
    consultation, citizen, other_citizen
):
    assert submit(consultation, citizen).pk != submit(consultation, other_citizen).pk


def test_markup_and_scripts_are_removed_from_what_people_write(consultation, citizen):
    contribution = submit(
        consultation,
        citizen,
        title="<b>Titre</b> <script>alert(1)</script>",
        body="<p onclick='x()'>Texte <a href='javascript:evil()'>lien</a></p>"
        "<script>alert('x')</script><img src=x onerror=alert(1)>",
    )
    assert contribution.title == "Titre"
    assert "<" not in contribution.body and "alert" not in contribution.body
    assert contribution.body == "Texte lien"


def test_bad_input_is_refused_with_a_message_per_field(consultation):
    with pytest.raises(ValidationError) as excinfo:
        submit(
            consultation,
            title=" ",
            body="short",
            kind="petition",
            language="de",
            region="atlantis",
            author_name="",
            author_email="not-an-email",
        )
    assert set(excinfo.value.message_dict) == {
        "title",
        "body",
        "kind",
        "language",
        "region",
        "author_name",
        "author_email",
    }


def test_too_many_contributions_from_one_address_are_refused(
    consultation, citizen, monkeypatch
):
    monkeypatch.setattr(services, "CONTRIBUTIONS_PER_ADDRESS", (2, 3600))
    submit(consultation, citizen, title="Un")
    submit(consultation, citizen, title="Deux")
    with pytest.raises(RateLimited):
        submit(consultation, citizen, title="Trois")


def test_too_many_contributions_from_one_account_are_refused(
    consultation, citizen, monkeypatch
):
    monkeypatch.setattr(services, "CONTRIBUTIONS_PER_ACCOUNT", (1, 3600))
    submit(consultation, citizen, title="Un", ip="198.51.100.1")
    with pytest.raises(RateLimited):
        submit(consultation, citizen, title="Deux", ip="198.51.100.2")


# --- Attachments ---------------------------------------------------------------------


def test_a_pdf_attachment_is_accepted(consultation, citizen):
    upload = SimpleUploadedFile("note.pdf", PDF, content_type="application/pdf")
    contribution = submit(consultation, citizen, attachment=upload)
    assert contribution.attachment.name.endswith(".pdf")
    assert contribution.attachment_type == "application/pdf"


def test_gps_and_camera_metadata_are_stripped_from_images(consultation, citizen):
    data = png_with_gps()
    assert b"SecretCam" in data
    upload = SimpleUploadedFile("photo.jpg", data, content_type="image/jpeg")
    contribution = submit(consultation, citizen, attachment=upload)
    stored = contribution.attachment.read()
    assert b"SecretCam" not in stored
    assert not Image.open(io.BytesIO(stored)).getexif()


@pytest.mark.parametrize(
    "name,content",
    [
        ("drawing.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><script/></svg>"),
        ("page.pdf", b"<html><script>alert(1)</script></html>"),
        ("page.html", PDF),
        ("archive.pdf", b"PK\x03\x04" + b"\x00" * 100),
    ],
)
def test_attachments_are_judged_by_their_real_type(
    consultation, citizen, name, content
):
    upload = SimpleUploadedFile(name, content, content_type="application/pdf")
    with pytest.raises(ValidationError) as excinfo:
        submit(consultation, citizen, attachment=upload)
    assert "attachment" in excinfo.value.message_dict


def test_attachments_over_the_size_limit_are_refused(
    consultation, citizen, monkeypatch
):
    from consultations import files

    monkeypatch.setattr(files, "MAX_ATTACHMENT_BYTES", 10)
    upload = SimpleUploadedFile("note.pdf", PDF, content_type="application/pdf")
    with pytest.raises(ValidationError) as excinfo:
        submit(consultation, citizen, attachment=upload)
    assert "attachment" in excinfo.value.message_dict


# --- Moderation ----------------------------------------------------------------------


def pending(consultation, **kwargs):
    return ContributionFactory(
        consultation=consultation,
        status=ContributionStatus.PENDING_MODERATION,
        published_at=None,
        **kwargs,
    )


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


def test_replies_attach_to_the_first_comment_of_the_thread(published, other_citizen):
    first = services.comment_create(
        user=other_citizen, body="Question ?", contribution=published
    )
    reply = services.comment_create(user=published.author, body="Réponse", parent=first)
    reply_to_reply = services.comment_create(
        user=other_citizen, body="Merci", parent=reply
    )
    assert reply.parent == first and reply_to_reply.parent == first
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


# --- Personal data -------------------------------------------------------------------


def test_personal_data_export_lists_contributions_comments_and_supports(
    published, citizen, other_citizen
):
    services.support_add(user=other_citizen, contribution=published)
    services.comment_create(
        user=citizen, body="Mon commentaire", contribution=published
    )
    data = privacy.export(citizen)
    assert data["contributions"][0]["reference"] == published.reference
    assert data["comments"][0]["text"] == "Mon commentaire"
    assert privacy.export(other_citizen)["supports"] == [published.reference]


def test_deleting_an_account_keeps_contributions_anonymised(
    published, citizen, other_citizen
):
    from accounts.services import account_delete

    services.support_add(user=other_citizen, contribution=published)
    comment = services.comment_create(
        user=citizen, body="Mon commentaire", consultation=published.consultation
    )
    account_delete(user=citizen)
    published.refresh_from_db()
    comment.refresh_from_db()
    assert published.status == ContributionStatus.PUBLISHED
    assert published.author is None
    with translation.override("en"):
        assert published.public_author == "A participant"
    assert comment.author is None
    account_delete(user=other_citizen)
    assert published.supports.count() == 1


def test_contributions_sent_without_account_with_the_same_email_are_erased_too(
    consultation, citizen
):
    from accounts.services import account_delete

    earlier = ContributionFactory(
        consultation=consultation,
        author=None,
        author_name="Amina B.",
        author_email=citizen.email.upper(),
    )
    assert privacy.export(citizen)["contributions"][0]["reference"] == (
        earlier.reference
    )
    account_delete(user=citizen)
    earlier.refresh_from_db()
    assert (earlier.author_name, earlier.author_email) == ("", "")
