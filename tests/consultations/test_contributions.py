"""Sending a contribution: rules, limits, attachments and the email link."""

import datetime
import io
from types import SimpleNamespace

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from consultations import services
from consultations.models import Contribution, ContributionStatus
from core.antiabuse import RateLimited
from core.tokens import InvalidToken, make_token
from tests.consultations.helpers import submit
from tests.factories import ConsultationFactory

pytestmark = pytest.mark.django_db


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


def test_contributions_attach_to_the_source_row_of_a_translated_consultation(
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
    token = services.contribution_verify_token(contribution=contribution)
    services.contribution_verify_email(token=token)
    with pytest.raises(InvalidToken):
        services.contribution_verify_email(token=token)


def test_an_expired_email_link_is_refused(consultation, monkeypatch):
    contribution = submit(consultation)
    token = services.contribution_verify_token(contribution=contribution)
    monkeypatch.setattr(services.verification, "EMAIL_TOKEN_MAX_AGE", -1)
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
    token = services.contribution_verify_token(contribution=contribution)
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


def test_too_many_anonymous_contributions_from_one_address_are_refused(
    consultation, monkeypatch
):
    monkeypatch.setattr(services.contributions, "CONTRIBUTIONS_PER_ADDRESS", (2, 3600))
    submit(consultation, title="Un", author_email="a@example.org", body="Texte un ici.")
    submit(consultation, title="Deux", author_email="b@example.org", body="Texte deux.")
    with pytest.raises(RateLimited):
        submit(consultation, title="Trois", author_email="c@example.org")


def test_signed_in_people_sharing_one_address_are_counted_per_account(
    consultation, monkeypatch
):
    """Twelve people at a workshop behind one address: all of them get through."""
    from tests.factories import UserFactory

    monkeypatch.setattr(services.contributions, "CONTRIBUTIONS_PER_ADDRESS", (2, 3600))
    for n in range(12):
        submit(
            consultation,
            UserFactory(),
            title=f"Proposition {n}",
            body=f"Le texte {n} ici.",
        )
    assert Contribution.objects.count() == 12


def test_a_persons_sixth_proposal_in_an_hour_is_accepted(consultation, citizen):
    for n in range(6):
        submit(consultation, citizen, title=f"Proposition {n}", body=f"Le texte {n}.")
    assert Contribution.objects.filter(author=citizen).count() == 6


def test_a_person_without_an_account_writes_six_proposals_in_an_hour(consultation):
    """The same name and email each time (each one is confirmed by email)."""
    for n in range(6):
        submit(
            consultation,
            title=f"Proposition {n}",
            body=f"Le texte {n} ici.",
            author_email="amina@example.org",
        )
    assert Contribution.objects.filter(author_email="amina@example.org").count() == 6


def test_too_many_contributions_from_one_account_are_refused(
    consultation, citizen, monkeypatch
):
    monkeypatch.setattr(services.contributions, "CONTRIBUTIONS_PER_ACCOUNT", (1, 3600))
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


def test_a_contribution_collected_offline_is_recorded_once(consultation):

    when = timezone.now() - datetime.timedelta(days=2)
    fields = {
        "consultation": consultation,
        "kind": "proposal",
        "language": "fr",
        "region": "",
        "title": "Fiche de l'atelier de Fès",
        "body": "Publier les budgets communaux chaque trimestre.",
        "author_name": "Atelier Fès",
        "when": when,
    }
    first, created = services.contribution_record(**fields)
    again, created_again = services.contribution_record(**fields)
    assert (created, created_again) == (True, False) and again == first
    assert first.status == ContributionStatus.PUBLISHED and first.published_at == when
    first.full_clean()
