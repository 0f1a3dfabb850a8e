"""Rules of registrations: seats, waiting list, email verification, cancellation,
limits and personal data (the organisers' side is in ``test_desk``)."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.utils import timezone
from icalendar import Calendar

from core.errors import Forbidden
from core.tokens import InvalidToken, make_token
from events import links, services
from events.models import Registration, RegistrationStatus
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


def test_account_holder_gets_a_seat_and_an_invitation(event, outbox, run_on_commit):
    person = UserFactory()
    registration = run_on_commit(
        services.registration_create, event=event, user=person, organisation="Asso"
    )
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.email == person.email
    assert len(outbox) == 1
    (attachment,) = outbox[0].attachments
    calendar = Calendar.from_ical(attachment.content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["summary"]) == event.title
    assert vevent.decoded("dtstart") == event.start.replace(microsecond=0)
    assert str(calendar["method"]) == "REQUEST"
    assert person.email in str(vevent["attendee"])


def test_when_the_event_is_full_people_join_the_waiting_list_in_order(event):
    register(event)
    register(event)
    third = register(event)
    fourth = register(event)
    assert third.status == fourth.status == RegistrationStatus.WAITING
    assert third.waiting_position == 1
    assert fourth.waiting_position == 2
    assert Registration.objects.confirmed().filter(event=event).count() == 2


def test_cancelling_a_seat_promotes_the_first_waiting_person_and_tells_them(
    event, outbox, run_on_commit
):
    first = register(event)
    register(event)
    waiting_first = register(event)
    waiting_second = register(event)
    outbox.clear()
    run_on_commit(services.registration_cancel, registration=first)
    waiting_first.refresh_from_db()
    waiting_second.refresh_from_db()
    assert waiting_first.status == RegistrationStatus.CONFIRMED
    assert waiting_second.status == RegistrationStatus.WAITING
    assert waiting_second.waiting_position == 1
    recipients = {m.to[0]: m for m in outbox}
    assert waiting_first.email in recipients
    assert recipients[waiting_first.email].attachments  # the .ics invitation


def test_cancelling_a_waiting_place_promotes_nobody(event):
    register(event)
    register(event)
    waiting = register(event)
    other = register(event)
    services.registration_cancel(registration=waiting)
    other.refresh_from_db()
    assert other.status == RegistrationStatus.WAITING


def test_a_person_registers_only_once_per_event(event):
    person = UserFactory()
    services.registration_create(event=event, user=person)
    with pytest.raises(services.AlreadyRegistered):
        services.registration_create(event=event, user=person)


def test_the_database_refuses_a_second_registration_with_the_same_email(event):
    RegistrationFactory(event=event, email="dup@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        RegistrationFactory(event=event, email="DUP@example.org")


def test_a_cancelled_person_can_register_again_and_goes_to_the_end_of_the_line(
    event,
):
    person = UserFactory()
    first = services.registration_create(event=event, user=person)
    services.registration_cancel(registration=first)
    again = services.registration_create(event=event, user=person)
    assert again.pk == first.pk
    assert again.status == RegistrationStatus.CONFIRMED


def test_an_anonymous_registration_waits_for_its_email_to_be_confirmed(
    event, outbox, run_on_commit
):
    registration = run_on_commit(
        services.registration_create,
        event=event,
        name="Salma",
        email="Salma@Example.org",
    )
    assert registration.status == RegistrationStatus.UNVERIFIED
    assert registration.email == "salma@example.org"
    assert "/events/registrations/verify/" in outbox[0].body
    token = outbox[0].body.split("/events/registrations/verify/")[1].split("/")[0]
    confirmed = services.registration_verify(token=token)
    assert confirmed.status == RegistrationStatus.CONFIRMED


def test_a_verification_link_works_only_once(event):
    registration = services.registration_create(
        event=event, name="Salma", email="salma@example.org"
    )
    token = make_token(links.VERIFY_PURPOSE, f"{registration.pk}:{registration.code}")
    services.registration_verify(token=token)
    with pytest.raises(InvalidToken):
        services.registration_verify(token=token)


def test_an_expired_or_foreign_verification_link_is_refused(event, monkeypatch):
    registration = services.registration_create(
        event=event, name="Salma", email="salma@example.org"
    )
    value = f"{registration.pk}:{registration.code}"
    with pytest.raises(InvalidToken):
        services.registration_verify(token=make_token("other-purpose", value))
    token = make_token(links.VERIFY_PURPOSE, value)
    monkeypatch.setattr(links, "VERIFY_MAX_AGE", -1)
    with pytest.raises(InvalidToken):
        services.registration_verify(token=token)
    with pytest.raises(InvalidToken):
        services.registration_verify(token=token + "x")
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.UNVERIFIED


def test_an_unverified_registration_takes_no_seat(event):
    services.registration_create(event=event, name="A", email="a@example.org")
    register(event)
    second = register(event)
    assert second.status == RegistrationStatus.CONFIRMED


def test_anonymous_registration_needs_a_name_and_a_valid_email(event):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as error:
        services.registration_create(event=event, name="", email="not-an-email")
    assert set(error.value.message_dict) == {"name", "email"}


@pytest.mark.parametrize(
    "changes",
    [
        {"registration_deadline": timezone.now() - datetime.timedelta(hours=1)},
        {"registration_opens_at": timezone.now() + datetime.timedelta(days=1)},
        {"is_published": False},
    ],
    ids=["deadline passed", "not open yet", "unpublished"],
)
def test_registration_outside_its_window_is_refused(homes, changes):
    event = EventFactory(**changes)
    with pytest.raises(services.RegistrationClosed):
        register(event)


def test_registration_closes_when_the_event_starts(homes):
    event = EventFactory(start=timezone.now() - datetime.timedelta(minutes=5))
    with pytest.raises(services.RegistrationClosed):
        register(event)


def test_a_registration_is_cancelled_once(event):
    registration = register(event)
    services.registration_cancel(registration=registration)
    with pytest.raises(services.NotCancellable):
        services.registration_cancel(registration=registration)


def test_nobody_else_cancels_someone_s_registration(event):
    registration = register(event)
    with pytest.raises(Forbidden):
        services.registration_cancel(registration=registration, by=UserFactory())


def test_an_organiser_may_cancel_a_registration(event):
    organiser = UserFactory()
    event.organisers.add(organiser)
    registration = register(event)
    services.registration_cancel(registration=registration, by=organiser)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED


def test_raising_the_capacity_promotes_waiting_people(event):
    register(event)
    register(event)
    waiting = register(event)
    services.event_capacity_change(event=event, capacity=3)
    waiting.refresh_from_db()
    assert waiting.status == RegistrationStatus.CONFIRMED


def test_personal_data_is_exported_and_anonymised_on_account_deletion(event):
    from accounts.services import account_delete, account_export

    person = UserFactory()
    registration = services.registration_create(
        event=event, user=person, accessibility_needs="Fauteuil roulant"
    )
    waiting_person = register(event)
    register(event)
    exported = account_export(user=person)["events"]
    assert exported[0]["accessibility_needs"] == "Fauteuil roulant"
    account_delete(user=person)
    registration.refresh_from_db()
    assert registration.user is None
    assert registration.name == "" and "erased" in registration.email
    assert registration.accessibility_needs == ""
    assert registration.status == RegistrationStatus.CANCELLED
    waiting_person.refresh_from_db()
    assert waiting_person.status == RegistrationStatus.CONFIRMED


def test_signing_is_not_reused_across_purposes(event):
    registration = register(event)
    manage = links.manage_token(registration)
    with pytest.raises(InvalidToken):
        services.registration_verify(token=manage)
    verify = make_token(links.VERIFY_PURPOSE, f"{registration.pk}:{registration.code}")
    with pytest.raises(InvalidToken):
        links.registration_from_manage_token(verify)
    assert links.registration_from_manage_token(manage) == registration


def test_an_unconfirmed_address_is_taken_over_by_its_logged_in_owner(event):
    person = UserFactory()
    anonymous = services.registration_create(
        event=event, name="Moi", email=person.email.upper()
    )
    again = services.registration_create(event=event, name="Moi", email=person.email)
    assert again.pk == anonymous.pk and again.status == RegistrationStatus.UNVERIFIED
    registration = services.registration_create(event=event, user=person)
    assert registration.pk == anonymous.pk
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.user == person


def test_registrations_are_limited_per_address_per_email_and_per_account(homes):
    from core.antiabuse import RateLimited

    event = EventFactory(capacity=100)
    for n in range(services.REGISTRATIONS_PER_ADDRESS_PER_HOUR):
        services.registration_create(
            event=event, name="A", email=f"a{n}@example.org", ip_address="10.0.0.1"
        )
    with pytest.raises(RateLimited):
        services.registration_create(
            event=event, name="A", email="late@example.org", ip_address="10.0.0.1"
        )
    for n in range(services.REGISTRATIONS_PER_EMAIL_PER_HOUR):
        services.registration_create(
            event=event, name="B", email="b@example.org", ip_address=f"10.0.1.{n}"
        )
    with pytest.raises(RateLimited):
        services.registration_create(
            event=event, name="B", email="B@example.org", ip_address="10.0.2.1"
        )
    person = UserFactory()
    for _ in range(services.REGISTRATIONS_PER_HOUR):
        services.registration_create(event=EventFactory(), user=person)
    with pytest.raises(RateLimited):
        services.registration_create(event=EventFactory(), user=person)
