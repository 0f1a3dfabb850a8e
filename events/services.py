"""Rules of events and registrations: every write goes through here.

Capacity is enforced with the event row locked (``SELECT ... FOR UPDATE`` on
PostgreSQL; SQLite's IMMEDIATE transactions serialise writers anyway) for the
whole count-then-write, so concurrent requests for the last seats cannot both
get one: the loser is put on the waiting list.
"""

import datetime
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from core import activity
from core.antiabuse import rate_limit
from core.errors import DomainError, Forbidden
from core.tokens import InvalidToken

from . import links
from .emails import registration_email
from .models import Event, Registration, RegistrationStatus

# Registrations per hour, per account or address, and per email address: the
# same limit for the site and the API.
REGISTRATIONS_PER_HOUR = 10
# People without an account, per address: a workshop's room shares one address.
REGISTRATIONS_PER_ADDRESS_PER_HOUR = 60
REGISTRATIONS_PER_EMAIL_PER_HOUR = 5
# People are checked in at the door: from this long before the start, not earlier.
CHECK_IN_OPENS_BEFORE_START = datetime.timedelta(hours=1)


class RegistrationClosed(DomainError):
    code = "registration_closed"

    def __init__(self, message=None):
        super().__init__(message or _("Registration for this event is closed."))


class AlreadyRegistered(DomainError):
    code = "already_registered"

    def __init__(self):
        super().__init__(_("You are already registered for this event."))


class NotCancellable(DomainError):
    code = "not_cancellable"

    def __init__(self):
        super().__init__(_("This registration is already cancelled."))


def registration_state(event: Event, *, now=None) -> str:
    """'open', 'not_yet', 'closed' or 'unpublished'."""
    now = now or timezone.now()
    if not event.is_published:
        return "unpublished"
    if event.registration_opens_at and now < event.registration_opens_at:
        return "not_yet"
    deadline = event.registration_deadline or event.start
    if now > deadline:
        return "closed"
    return "open"


def _allocate(registration: Registration, event: Event) -> Registration:
    """Give a seat or a place in line; the caller holds the event row lock."""
    taken = Registration.objects.filter(
        event=event, status=RegistrationStatus.CONFIRMED
    ).count()
    now = timezone.now()
    if taken < event.capacity:
        registration.status = RegistrationStatus.CONFIRMED
        registration.confirmed_at = now
        registration.waiting_since = None
    else:
        registration.status = RegistrationStatus.WAITING
        registration.waiting_since = now
    registration.save()
    template = (
        "registration_confirmed"
        if registration.status == RegistrationStatus.CONFIRMED
        else "registration_waiting"
    )
    registration_email(
        registration,
        template,
        ics=registration.status == RegistrationStatus.CONFIRMED,
    )
    return registration


def _lock_event(event: Event) -> Event:
    return Event.objects.select_for_update().get(pk=event.source.pk)


@transaction.atomic
def registration_create(
    *,
    event: Event,
    user=None,
    name: str = "",
    email: str = "",
    organisation: str = "",
    region: str = "",
    accessibility_needs: str = "",
    language: str | None = None,
    ip_address: str = "",
) -> Registration:
    """Register a person: a seat, a place on the waiting list, or (anonymous) a
    registration that waits for its email to be confirmed before it takes either.

    ``ip_address`` is the anonymous visitor's, for the rate limit.
    """
    if user is not None and not user.is_authenticated:
        user = None
    _limit_registrations(user=user, email=email, ip_address=ip_address)
    event = _lock_event(event)
    state = registration_state(event)
    if state == "unpublished":
        raise RegistrationClosed(_("This event is not published."))
    if state == "not_yet":
        raise RegistrationClosed(_("Registration for this event is not open yet."))
    if state == "closed":
        raise RegistrationClosed()
    language = language or translation.get_language() or settings.LANGUAGE_CODE
    if user is not None:
        email = user.email
        # The name printed on a certificate: never the email address.
        name = name.strip() or user.get_full_name() or user.display_name
        if not name:
            raise ValidationError({"name": _("Give your name.")})
    else:
        errors = {}
        if not name.strip():
            errors["name"] = _("Give your name.")
        try:
            validate_email(email)
        except ValidationError:
            errors["email"] = _("Give a valid email address.")
        if errors:
            raise ValidationError(errors)
    email = email.strip().lower()

    existing = Registration.objects.filter(event=event, email__iexact=email)
    if user is not None:
        existing = Registration.objects.filter(event=event, user=user) | existing
    previous = existing.first()
    if previous is not None and previous.status == RegistrationStatus.UNVERIFIED:
        if user is None:
            # Send the confirmation link again rather than refusing.
            registration_email(
                previous, "registration_verify", verify_url=links.verify_url(previous)
            )
            return previous
        # Logged in with that address: the account proves it; take the row over.
    elif previous is not None and previous.status != RegistrationStatus.CANCELLED:
        raise AlreadyRegistered()

    registration = previous or Registration(event=event)
    registration.user = user
    registration.name = name.strip()[:150]
    registration.email = email
    registration.organisation = organisation.strip()[:200]
    registration.region = region
    registration.accessibility_needs = accessibility_needs.strip()[:1000]
    registration.language = language[:5]
    registration.created_at = timezone.now()
    registration.cancelled_at = None
    registration.attended = False
    registration.reminded_at = None
    if user is None:
        registration.status = RegistrationStatus.UNVERIFIED
        try:
            with transaction.atomic():
                registration.save()
        except IntegrityError as exc:
            raise AlreadyRegistered() from exc
        registration_email(
            registration,
            "registration_verify",
            verify_url=links.verify_url(registration),
        )
        return registration
    try:
        with transaction.atomic():
            return _allocate(registration, event)
    except IntegrityError as exc:
        raise AlreadyRegistered() from exc


def _limit_registrations(*, user, email: str, ip_address: str) -> None:
    """At most so many registrations an hour per account, or per address and email."""
    if user is not None:
        key, limit = f"user:{user.pk}", REGISTRATIONS_PER_HOUR
    else:
        key, limit = f"ip:{ip_address}", REGISTRATIONS_PER_ADDRESS_PER_HOUR
    rate_limit("event-register", key, limit=limit, period=3600)
    if user is None:
        rate_limit(
            "event-register-email",
            email.strip().lower(),
            limit=REGISTRATIONS_PER_EMAIL_PER_HOUR,
            period=3600,
        )


@transaction.atomic
def registration_verify(*, token: str) -> Registration:
    """Confirm an anonymous person's email; a link works once."""
    registration = links.registration_from_verify_token(token)
    event = _lock_event(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status != RegistrationStatus.UNVERIFIED:
        raise InvalidToken(_("This link has already been used."))
    if registration_state(event) != "open":
        raise RegistrationClosed()
    registration.event = event
    return _allocate(registration, event)


def _promote_waiting(event: Event) -> Registration | None:
    """Give freed seats to the first people in line (event row locked)."""
    promoted = None
    while (
        Registration.objects.filter(
            event=event, status=RegistrationStatus.CONFIRMED
        ).count()
        < event.capacity
    ):
        first = (
            Registration.objects.select_for_update()
            .filter(event=event, status=RegistrationStatus.WAITING)
            .order_by("waiting_since", "pk")
            .first()
        )
        if first is None:
            break
        first.status = RegistrationStatus.CONFIRMED
        first.confirmed_at = timezone.now()
        first.waiting_since = None
        first.save(update_fields=["status", "confirmed_at", "waiting_since"])
        first.event = event
        registration_email(first, "registration_promoted", ics=True)
        promoted = promoted or first
    return promoted


@transaction.atomic
def registration_cancel(*, registration: Registration, by=None) -> Registration:
    """Cancel (by the person, via their link or account, or by an organiser).

    A freed seat goes to the first person on the waiting list, who is told by email.
    ``by`` is None for the holder of the registration's signed link.
    """
    event = _lock_event(registration.event)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    registration.event = event
    if by is not None and not by.has_perm("events.cancel_registration", registration):
        raise Forbidden(_("You cannot cancel this registration."))
    if registration.status == RegistrationStatus.CANCELLED:
        raise NotCancellable()
    if event.end < timezone.now():
        raise RegistrationClosed(_("This event is over."))
    was_confirmed = registration.status == RegistrationStatus.CONFIRMED
    registration.status = RegistrationStatus.CANCELLED
    registration.cancelled_at = timezone.now()
    registration.waiting_since = None
    registration.save(update_fields=["status", "cancelled_at", "waiting_since"])
    registration_email(registration, "registration_cancelled")
    if was_confirmed:
        _promote_waiting(event)
    return registration


@transaction.atomic
def event_capacity_change(*, event: Event, capacity: int) -> Event:
    """Raising the capacity promotes people from the waiting list."""
    event = _lock_event(event)
    event.capacity = capacity
    event.save(update_fields=["capacity"])
    _promote_waiting(event)
    return event


@transaction.atomic
def attendance_mark(
    *, event: Event, code: str, by, attended: bool = True
) -> Registration:
    """Check a person in by their registration code (or undo it).

    Not before the event: check-in opens ``CHECK_IN_OPENS_BEFORE_START`` before the
    start, since attendance is what a certificate attests.
    """
    event = event.source
    if not by.has_perm("events.manage_registrations", event):
        raise Forbidden(_("Only the organisers mark attendance."))
    if attended and timezone.now() < event.start - CHECK_IN_OPENS_BEFORE_START:
        raise DomainError(
            _("Check-in opens one hour before the event starts."),
            code="check_in_not_open",
        )
    code = (code or "").strip().upper().replace(" ", "").replace("-", "")
    registration = (
        Registration.objects.select_for_update().filter(event=event, code=code).first()
    )
    if registration is None:
        raise DomainError(
            _("No registration with this code for this event."), code="unknown_code"
        )
    if registration.status != RegistrationStatus.CONFIRMED:
        raise DomainError(
            _("This person has no seat (waiting list or cancelled)."),
            code="not_confirmed",
        )
    registration.attended = attended
    registration.attended_at = timezone.now() if attended else None
    registration.save(update_fields=["attended", "attended_at"])
    return registration


def attendance_mark_codes(*, event: Event, codes: str, by) -> tuple[list, list]:
    """Several codes at once (one per line or separated by commas/spaces)."""
    done, failed = [], []
    for code in [c for c in re.split(r"[\s,;]+", codes or "") if c]:
        try:
            done.append(attendance_mark(event=event, code=code, by=by))
        except DomainError as error:
            if isinstance(error, Forbidden):
                raise
            failed.append((code, error.message))
    return done, failed


def registrants_email(
    *,
    event: Event,
    by,
    subject: str,
    message: str,
    statuses=(RegistrationStatus.CONFIRMED,),
) -> int:
    """An organiser writes to the registrants (each in their own address)."""
    event = event.source
    if not by.has_perm("events.manage_registrations", event):
        raise Forbidden(_("Only the organisers write to the registrants."))
    if not subject.strip() or not message.strip():
        raise ValidationError({"message": _("Write a subject and a message.")})
    count = 0
    with transaction.atomic():
        for registration in Registration.objects.filter(
            event=event, status__in=list(statuses)
        ).select_related("event"):
            registration_email(
                registration,
                "organiser_message",
                subject=subject.strip(),
                message=message.strip(),
            )
            count += 1
    return count


def reminders_send(*, now: datetime.datetime | None = None) -> int:
    """Remind confirmed people of events starting within the next day, once each."""
    now = now or timezone.now()
    sent = 0
    due = Registration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        reminded_at__isnull=True,
        event__is_published=True,
        event__start__gt=now,
        event__start__lte=now + datetime.timedelta(days=1),
    ).values_list("pk", flat=True)
    for pk in list(due):
        with transaction.atomic():
            registration = (
                Registration.objects.select_for_update()
                .select_related("event")
                .filter(pk=pk, reminded_at__isnull=True)
                .first()
            )
            if registration is None:  # another worker got there first
                continue
            registration.reminded_at = now
            registration.save(update_fields=["reminded_at"])
            registration_email(registration, "registration_reminder", ics=True)
            sent += 1
    return sent


# What people who follow or joined an event need to hear of when it changes.
ANNOUNCED_FIELDS = ("start", "end", "place", "online_url")


def event_changes_announce(*, event: Event, before: dict) -> str | None:
    """Tell the event's followers, its group's and its registrants that a published
    event changed (date, place, link) or was cancelled (unpublished before its end).

    ``before`` holds the saved values of ``ANNOUNCED_FIELDS`` and ``is_published``.
    Returns the kind published, if any.
    """
    if not before.get("is_published") or event.pk != event.source.pk:
        return None
    if event.end < timezone.now():
        return None
    if not event.is_published:
        kind = "events.cancelled"
    elif any(before.get(f) != getattr(event, f) for f in ANNOUNCED_FIELDS):
        kind = "events.changed"
    else:
        return None
    state = "|".join(str(getattr(event, f)) for f in ANNOUNCED_FIELDS)
    registrants = event.registrations.active().exclude(user=None)
    activity.publish(
        kind=kind,
        target=event,
        key=f"{kind}:{event.pk}:{state}:{event.is_published}",
        followed=[event, event.working_group],
        recipients=list(registrants.values_list("user_id", flat=True)),
        data={"start": event.start.isoformat()},
    )
    return kind
