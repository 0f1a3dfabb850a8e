"""The organisers' side of events: attendance by code, certificates, exports,
counts, messages to registrants and reminders."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation

from core.errors import DomainError, Forbidden
from events import queries, services
from events.models import EventKind
from tests.admin_pages import assert_titled
from tests.events.helpers import under_way
from tests.factories import EventFactory, RegistrationFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    def run(func, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return func(*args, **kwargs)

    return run


def register(event, **kwargs):
    return services.registration_create(event=event, user=UserFactory(), **kwargs)


def test_organisers_check_people_in_by_code(event):
    organiser = UserFactory()
    event.organisers.add(organiser)
    registration = register(event)
    under_way(event)
    code = registration.code.lower()
    marked = services.attendance_mark(event=event, code=f" {code} ", by=organiser)
    assert marked.attended and marked.attended_at


def test_only_organisers_mark_attendance(event):
    registration = register(event)
    with pytest.raises(Forbidden):
        services.attendance_mark(event=event, code=registration.code, by=UserFactory())


def test_the_secretariat_marks_attendance_of_any_event(event, secretariat):
    registration = register(event)
    under_way(event)
    services.attendance_mark(event=event, code=registration.code, by=secretariat)
    registration.refresh_from_db()
    assert registration.attended and registration.attended_at is not None


def test_coordinators_of_the_linked_group_manage_its_event_registrations(homes):
    from tests.factories import WorkingGroupFactory

    coordinator = UserFactory()
    event = EventFactory(working_group=WorkingGroupFactory(coordinators=[coordinator]))
    registration = register(event)
    under_way(event)
    services.attendance_mark(event=event, code=registration.code, by=coordinator)
    registration.refresh_from_db()
    assert registration.attended
    with pytest.raises(Forbidden):
        services.attendance_mark(event=EventFactory(), code="X", by=coordinator)


def test_waiting_or_unknown_codes_are_not_checked_in(event, secretariat):
    register(event)
    register(event)
    waiting = register(event)
    under_way(event)
    with pytest.raises(DomainError):
        services.attendance_mark(event=event, code=waiting.code, by=secretariat)
    done, failed = services.attendance_mark_codes(
        event=event, codes=f"NOPE1234, {waiting.code}", by=secretariat
    )
    assert done == [] and len(failed) == 2


def test_trainings_issue_a_bilingual_certificate_to_attendees_only(event, secretariat):
    from events.certificate import arabic_font, certificate_pdf

    registration = register(event)
    assert not registration.certificate_allowed
    under_way(event)
    registration = services.attendance_mark(
        event=event, code=registration.code, by=secretariat
    )
    assert registration.certificate_allowed
    pdf = certificate_pdf(registration)
    assert pdf.startswith(b"%PDF")
    from pypdf import PdfReader

    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Attestation de participation" in text
    assert registration.name in text
    if arabic_font():
        assert b"/FontFile2" in pdf  # the TrueType font with Arabic glyphs


def test_meetings_issue_no_certificate(homes, secretariat):
    event = EventFactory(kind=EventKind.MEETING)
    registration = register(event)
    under_way(event)
    registration = services.attendance_mark(
        event=event, code=registration.code, by=secretariat
    )
    assert not registration.certificate_allowed


def test_exports_neutralise_formulas(event):
    from openpyxl import load_workbook

    from events.exports import registrations_csv, registrations_xlsx

    RegistrationFactory(event=event, name='=HYPERLINK("http://x")', organisation="+1")
    RegistrationFactory(event=event, name="@SUM(A1)", organisation="-2")
    RegistrationFactory(event=event, name="\tTab", organisation="\rCR")
    csv_text = registrations_csv(event).decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_text and "'+1" in csv_text and "'@SUM" in csv_text
    assert "'-2" in csv_text and "'\tTab" in csv_text
    sheet = load_workbook(io.BytesIO(registrations_xlsx(event))).active
    values = [cell.value for row in sheet.iter_rows() for cell in row]
    assert '\'=HYPERLINK("http://x")' in values
    assert not any(isinstance(v, str) and v.startswith("=") for v in values)
    assert sheet.max_row == 4


def test_counts_registered_waiting_and_attended(event, secretariat):
    first = register(event)
    register(event)
    register(event)
    under_way(event)
    services.attendance_mark(event=event, code=first.code, by=secretariat)
    counts = queries.registration_counts(event)
    assert (counts["registered"], counts["waiting"], counts["attended"]) == (2, 1, 1)


def test_organisers_email_the_registrants(event, secretariat, outbox, run_on_commit):
    register(event)
    register(event)
    register(event)  # waiting: not written to by default
    outbox.clear()
    count = run_on_commit(
        services.registrants_email,
        event=event,
        by=secretariat,
        subject="Programme",
        message="Voici le programme.",
    )
    assert count == 2 and len(outbox) == 2
    assert "Voici le programme." in outbox[0].body
    with pytest.raises(Forbidden):
        services.registrants_email(
            event=event, by=UserFactory(), subject="x", message="y"
        )


def test_reminders_go_out_once_the_day_before(homes, outbox, run_on_commit):
    tomorrow = EventFactory(start=timezone.now() + datetime.timedelta(hours=20))
    later = EventFactory(start=timezone.now() + datetime.timedelta(days=5))
    reminded = register(tomorrow)
    register(later)
    outbox.clear()
    assert run_on_commit(services.reminders_send) == 1
    assert [m.to for m in outbox] == [[reminded.email]]
    assert tomorrow.title in outbox[0].subject
    assert run_on_commit(services.reminders_send) == 0
    call_command("send_event_reminders", stdout=io.StringIO())
    assert len(outbox) == 1


def test_the_reminder_task_sends_reminders(homes, outbox):
    from events.tasks import send_event_reminders

    event = EventFactory(start=timezone.now() + datetime.timedelta(hours=3))
    register(event)
    result = send_event_reminders.enqueue()
    assert result.return_value == 1


def test_without_an_arabic_font_the_certificate_is_french_only(event, monkeypatch):
    import subprocess

    from events import certificate

    def no_fc_list(*args, **kwargs):
        raise OSError("fc-list missing")

    certificate.arabic_font.cache_clear()
    monkeypatch.setattr(certificate, "FONT_CANDIDATES", [])
    monkeypatch.setattr(subprocess, "run", no_fc_list)
    try:
        registration = RegistrationFactory(event=event, attended=True)
        pdf = certificate.certificate_pdf(registration)
        assert pdf.startswith(b"%PDF") and b"/FontFile2" not in pdf
    finally:
        certificate.arabic_font.cache_clear()


def test_check_in_is_refused_until_an_hour_before_the_start(event, secretariat):
    registration = register(event)
    with pytest.raises(DomainError) as refused:
        services.attendance_mark(event=event, code=registration.code, by=secretariat)
    assert refused.value.code == "check_in_not_open"
    with translation.override("en"):
        assert "one hour before" in str(refused.value.message)
    registration.refresh_from_db()
    assert not registration.attended
    under_way(event, minutes=-50)  # the doors open: it starts in 50 minutes
    marked = services.attendance_mark(
        event=event, code=registration.code, by=secretariat
    )
    assert marked.attended


def test_a_training_gives_no_certificate_before_it_starts(event):
    registration = RegistrationFactory(event=event, attended=True)
    assert not registration.certificate_allowed
    under_way(event)
    registration.refresh_from_db()
    assert registration.certificate_allowed


def test_a_certificate_prints_the_registered_name_never_the_email(event, secretariat):
    from django.core.exceptions import ValidationError
    from pypdf import PdfReader

    from events.certificate import certificate_pdf

    nameless = UserFactory(display_name="")
    with pytest.raises(ValidationError) as refused:
        services.registration_create(event=event, user=nameless)
    assert "name" in refused.value.message_dict
    registration = services.registration_create(
        event=event, user=nameless, name="Salma Idrissi"
    )
    under_way(event)
    registration = services.attendance_mark(
        event=event, code=registration.code, by=secretariat
    )
    text = PdfReader(io.BytesIO(certificate_pdf(registration))).pages[0].extract_text()
    assert "Salma Idrissi" in text and nameless.email not in text
    # A registration made before the name was asked holds the address: not printed.
    older = RegistrationFactory(
        event=event, user=UserFactory(display_name=""), attended=True
    )
    older.name = older.email
    assert older.certificate_name == ""
    text = PdfReader(io.BytesIO(certificate_pdf(older))).pages[0].extract_text()
    assert older.email not in text


def test_the_desk_is_an_admin_screen_with_a_page_title(client, event, secretariat):
    register(event)
    client.force_login(secretariat)
    response = client.get(reverse("events_admin_desk", args=[event.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert_titled(html, response.context["page_title"], event.title)
    export = client.get(reverse("events_admin_export", args=[event.pk, "csv"]))
    assert export.status_code == 200 and export["Content-Type"].startswith("text/csv")
    client.force_login(UserFactory())
    assert client.get(reverse("events_admin_desk", args=[event.pk])).status_code != 200
