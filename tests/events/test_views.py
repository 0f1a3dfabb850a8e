"""Public pages of events: list, detail and registration form, calendar, feeds,
the registration's own page, the account section and the organisers' desk."""

import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from icalendar import Calendar

from events import links, services
from events.models import Registration, RegistrationStatus
from tests.events.helpers import under_way
from tests.factories import EventFactory, UserFactory

pytestmark = pytest.mark.django_db


def test_event_list_shows_upcoming_published_events(client, homes):
    event = EventFactory(title="Atelier budget ouvert")
    EventFactory(title="Brouillon secret", is_published=False)
    response = client.get("/fr/events/")
    assert response.status_code == 200
    content = response.content.decode()
    assert "Atelier budget ouvert" in content
    assert "Brouillon secret" not in content
    assert f"/fr/events/{event.pk}/" in content


def test_event_list_query_count_is_pinned(client, homes, django_assert_max_num_queries):
    for _ in range(10):
        EventFactory()
    client.get("/fr/events/")  # warm up the site and locale caches
    with django_assert_max_num_queries(12):
        response = client.get("/fr/events/")
    assert response.status_code == 200


def test_unpublished_event_pages_are_not_found(client, homes):
    event = EventFactory(is_published=False)
    assert client.get(f"/fr/events/{event.pk}/").status_code == 404


def test_anonymous_people_register_without_javascript_and_confirm_by_email(
    client, event, outbox, django_capture_on_commit_callbacks
):
    page = client.get(f"/fr/events/{event.pk}/")
    assert 'name="email"' in page.content.decode()
    started = page.context["form"]["started"].value()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/fr/events/{event.pk}/",
            {"name": "Salma Idrissi", "email": "salma@example.org", "started": started},
        )
    assert response.status_code == 302
    registration = Registration.objects.get(email="salma@example.org")
    assert registration.status == RegistrationStatus.UNVERIFIED
    link = outbox[0].body.split("http://127.0.0.1:8000")[1].split()[0]
    # Opening the link (or a mail scanner fetching it) changes nothing...
    assert client.get(link).status_code == 200
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.UNVERIFIED
    # ...the button does.
    response = client.post(link)
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_the_honeypot_stops_robots(client, event):
    response = client.post(
        f"/fr/events/{event.pk}/",
        {"name": "Bot", "email": "bot@example.org", "website": "http://spam"},
    )
    assert response.status_code == 400
    assert not Registration.objects.exists()


def test_the_form_shows_errors_instead_of_failing(client, event):
    started = client.get(f"/fr/events/{event.pk}/").context["form"]["started"].value()
    response = client.post(
        f"/fr/events/{event.pk}/", {"name": "", "email": "x", "started": started}
    )
    assert response.status_code == 400
    assert 'class="errorlist"' in response.content.decode()


def test_a_logged_in_person_registers_and_sees_their_code_and_qr(client, event):
    person = UserFactory()
    client.force_login(person)
    response = client.post(f"/fr/events/{event.pk}/", {"organisation": "Asso"})
    assert response.status_code == 302
    page = client.get(response["Location"])
    registration = Registration.objects.get(user=person)
    content = page.content.decode()
    assert registration.code in content
    assert "<svg" in content
    qr = client.get(response["Location"] + "qr.png")
    assert qr["Content-Type"] == "image/png"


def test_an_account_without_a_name_gives_the_name_for_its_certificate(client, event):
    person = UserFactory(display_name="")
    client.force_login(person)
    page = client.get(f"/fr/events/{event.pk}/")
    assert page.context["form"].fields["name"].required
    response = client.post(f"/fr/events/{event.pk}/", {"organisation": "Asso"})
    assert response.status_code == 400
    assert not Registration.objects.filter(user=person).exists()
    response = client.post(f"/fr/events/{event.pk}/", {"name": "Salma Idrissi"})
    assert response.status_code == 302
    assert Registration.objects.get(user=person).name == "Salma Idrissi"


def test_a_full_event_says_the_person_joins_the_waiting_list(client, event):
    for _ in range(2):
        services.registration_create(event=event, user=UserFactory())
    client.force_login(UserFactory())
    page = client.get(f"/fr/events/{event.pk}/")
    assert "Rejoindre la liste d" in page.content.decode()
    response = client.post(f"/fr/events/{event.pk}/", {}, follow=True)
    assert "vous êtes sur la liste d" in response.content.decode()
    assert "position 1 dans la file" in response.content.decode()


def test_a_closed_registration_shows_no_form(client, homes):
    event = EventFactory(
        registration_deadline=timezone.now() - datetime.timedelta(minutes=1)
    )
    page = client.get(f"/fr/events/{event.pk}/")
    assert 'name="email"' not in page.content.decode()
    response = client.post(
        f"/fr/events/{event.pk}/", {"name": "A", "email": "a@example.org"}
    )
    assert response.status_code == 400


def test_the_cancellation_link_cancels_and_promotes(client, event):
    first = services.registration_create(event=event, user=UserFactory())
    services.registration_create(event=event, user=UserFactory())
    waiting = services.registration_create(event=event, user=UserFactory())
    url = reverse(
        "event_registration_cancel", kwargs={"token": links.manage_token(first)}
    )
    assert client.post(url).status_code == 302
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED


def test_a_forged_registration_link_is_not_found(client, event):
    assert client.get("/fr/events/registrations/forged-token/").status_code == 404


def test_attendees_of_a_training_download_their_certificate(client, event, secretariat):
    registration = services.registration_create(event=event, user=UserFactory())
    token = links.manage_token(registration)
    url = reverse("event_registration_certificate", kwargs={"token": token})
    assert client.get(url).status_code == 404
    under_way(event)
    services.attendance_mark(event=event, code=registration.code, by=secretariat)
    response = client.get(url)
    assert response.status_code == 200
    assert response.content.startswith(b"%PDF")


def test_the_event_feed_is_valid_icalendar(client, event):
    response = client.get(f"/fr/events/{event.pk}/event.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["summary"]) == event.title
    assert str(vevent["uid"]) == f"event-{event.pk}@sharaka"
    assert vevent.decoded("dtend") > vevent.decoded("dtstart")


def test_the_calendar_feed_lists_published_events_only(client, homes):
    shown = EventFactory(title="Visible")
    EventFactory(title="Caché", is_published=False)
    response = client.get("/fr/events/calendar.ics")
    calendar = Calendar.from_ical(response.content)
    summaries = [str(v["summary"]) for v in calendar.walk("VEVENT")]
    assert summaries == [shown.title]
    assert str(calendar["version"]) == "2.0"
    # The online link is for registered people, not the public feed.
    assert "http" not in str(calendar.walk("VEVENT")[0].get("location", ""))


def test_the_calendar_page_shows_the_month(client, homes):
    event = EventFactory()
    month = timezone.localtime(event.start).strftime("%Y-%m")
    response = client.get(f"/fr/events/calendar/?month={month}")
    assert event.title in response.content.decode()
    assert client.get("/fr/events/calendar/?month=garbage").status_code == 200


def test_an_empty_calendar_month_lists_the_next_events(client, homes):
    """The calendar opened on an empty month with nothing to follow."""
    later = timezone.now() + datetime.timedelta(days=80)
    event = EventFactory(title="Forum régional", start=later)
    empty = (timezone.localdate() - datetime.timedelta(days=60)).strftime("%Y-%m")
    content = client.get(f"/fr/events/calendar/?month={empty}").content.decode()
    assert "Forum régional" in content
    assert 'id="next-events-title"' in content
    assert f"?month={timezone.localtime(event.start):%Y-%m}" in content
    # A month with events shows them, without the list of next ones.
    month = timezone.localtime(event.start).strftime("%Y-%m")
    content = client.get(f"/fr/events/calendar/?month={month}").content.decode()
    assert "Forum régional" in content and 'id="next-events-title"' not in content


def test_an_empty_calendar_with_nothing_planned_says_so(client, homes):
    content = client.get("/fr/events/calendar/").content.decode()
    assert 'id="next-events-title"' not in content
    assert "calendar-days" not in content


def test_the_account_page_lists_the_person_s_registrations(client, event):
    person = UserFactory()
    services.registration_create(event=event, user=person)
    client.force_login(person)
    response = client.get("/fr/account/")
    assert event.title in response.content.decode()


def test_the_desk_is_for_organisers_only(client, event, secretariat, editor):
    url = f"/admin/events/{event.pk}/desk/"
    client.force_login(UserFactory(is_staff=True))  # no admin access
    assert client.get(url).status_code == 302
    client.force_login(editor)  # the admin, but not this event's registrations
    response = client.get(url)
    assert response.status_code == 302
    assert not response["Location"].endswith(url)
    client.force_login(secretariat)
    assert client.get(url).status_code == 200


def test_the_desk_checks_people_in_and_exports(client, event):
    admin = UserFactory(is_staff=True, is_superuser=True)
    registration = services.registration_create(event=event, user=UserFactory())
    under_way(event)
    client.force_login(admin)
    response = client.post(
        f"/admin/events/{event.pk}/desk/",
        {"action": "checkin", "checkin-codes": registration.code},
    )
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.attended
    csv_response = client.get(f"/admin/events/{event.pk}/export.csv")
    assert registration.code in csv_response.content.decode("utf-8-sig")
    xlsx = client.get(f"/admin/events/{event.pk}/export.xlsx")
    from openpyxl import load_workbook

    assert load_workbook(io.BytesIO(xlsx.content)).active.max_row == 2


def test_raising_the_capacity_in_the_admin_promotes_people_in_line(client, event):
    admin = UserFactory(is_staff=True, is_superuser=True)
    for _ in range(3):
        services.registration_create(event=event, user=UserFactory())
    waiting = Registration.objects.get(event=event, status="waiting")
    client.force_login(admin)
    from wagtail.hooks import get_hooks

    for hook in get_hooks("after_edit_snippet"):
        event.capacity = 3
        event.save()
        hook(None, event)
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED
    assert client.get("/admin/civil-society/memberships/").status_code == 200


def test_a_registration_page_is_never_kept_in_a_shared_cache(client, event):
    registration = services.registration_create(event=event, user=UserFactory())
    services.registration_cancel(registration=registration)
    url = reverse(
        "event_registration_manage",
        kwargs={"token": links.manage_token(registration)},
    )
    response = client.get(url)
    assert (
        "no-store" in response["Cache-Control"]
        or "private" in response["Cache-Control"]
    )


def test_arabic_pages_and_emails_write_event_dates_in_arabic_order(client, homes):
    """Django's Arabic locale has no DATETIME_FORMAT: without the project's format
    module, dates came out in English order ("ديسمبر 9, 2026, 9 ص")."""
    from django.template.loader import render_to_string
    from django.utils import translation

    start = timezone.make_aware(datetime.datetime(2026, 12, 9, 9, 0))
    event = EventFactory(start=start, end=start + datetime.timedelta(hours=2))
    person = UserFactory()
    services.registration_create(event=event, user=person)
    client.force_login(person)
    expected = "9 دجنبر 2026، 09:00"
    for url in (f"/ar/events/{event.pk}/", "/ar/events/", "/ar/account/"):
        content = client.get(url).content.decode()
        assert expected in content, url
        assert "ديسمبر 9" not in content, url
    with translation.override("ar"):
        text = render_to_string("events/emails/_details.txt", {"event": event})
    assert expected in text
    with translation.override("fr"):
        text = render_to_string("events/emails/_details.txt", {"event": event})
    assert "9 décembre 2026 à 09:00" in text


def test_seats_left_is_counted_once_for_the_list_the_page_and_the_api(client, event):
    from events.queries import public_events

    services.registration_create(event=event, user=UserFactory())
    services.registration_create(event=event, name="A", email="a@example.org")
    assert event.seats_left == 1  # counted: the unconfirmed email takes no seat
    assert public_events().get(pk=event.pk).seats_left == 1  # annotated
    page = client.get(f"/fr/events/{event.pk}/")
    assert page.context["event"].seats_left == 1
    assert "1 restantes sur 2" in page.content.decode()
    listing = client.get("/fr/events/")
    assert [e.seats_left for e in listing.context["events"]] == [1]
    assert client.get(f"/api/events/{event.pk}/").json()["seats_left"] == 1
