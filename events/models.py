"""Events, meetings and trainings, and the registrations to them.

Events are translatable (wagtail-localize); registrations always point to the
event's *source* row (the first of its translations), so that capacity, the waiting
list and attendance are counted once whatever the language of the page.
"""

import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin

from core.regions import Region
from core.translation import TranslatedQuerySet, TranslationSetMixin

# No 0/O/1/I: codes are read aloud and typed at the door.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))


class EventKind(models.TextChoices):
    MEETING = "meeting", _("Event or meeting")
    TRAINING = "training", _("Training")
    WORKSHOP = "workshop", _("Consultation workshop")


class EventLanguage(models.TextChoices):
    AR = "ar", _("Arabic")
    FR = "fr", _("French")
    EN = "en", _("English")
    AR_FR = "ar-fr", _("Arabic and French")


class EventQuerySet(TranslatedQuerySet):
    def published(self):
        return self.filter(is_published=True)

    def upcoming(self):
        return self.filter(end__gte=timezone.now())

    def with_confirmed_count(self):
        """Count the seats given (``confirmed_count``) in the same query.

        ``Event.seats_left`` reads it instead of counting event by event.
        """
        return self.annotate(
            confirmed_count=Count(
                "registrations",
                filter=Q(registrations__status=RegistrationStatus.CONFIRMED),
            )
        )


class Event(TranslationSetMixin, TranslatableMixin, models.Model):
    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    title = models.CharField(_("title"), max_length=200)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    place = models.CharField(_("place"), max_length=300, blank=True)
    region = models.CharField(
        _("region"), max_length=40, choices=Region.choices, blank=True
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Sent to registered people only, in their confirmation."),
    )
    language = models.CharField(
        _("language"),
        max_length=10,
        choices=EventLanguage.choices,
        default=EventLanguage.AR_FR,
    )
    audience = models.CharField(_("audience"), max_length=300, blank=True)
    capacity = models.PositiveIntegerField(
        _("capacity"), help_text=_("Number of seats; further people wait in line.")
    )
    registration_opens_at = models.DateTimeField(
        _("registration opens"), null=True, blank=True
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"), null=True, blank=True
    )
    working_group = models.ForeignKey(
        "working_groups.WorkingGroup",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("working group"),
    )
    consultation = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="events",
        verbose_name=_("consultation"),
    )
    is_published = models.BooleanField(_("published"), default=False)
    organisers = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="organised_events",
        verbose_name=_("organisers"),
        help_text=_("People who manage the registrations of this event."),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = EventQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["start"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start")), name="event_ends_after_start"
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("event_detail", kwargs={"pk": self.source.pk})

    def clean(self):
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end must come after the start.")
        if (
            self.registration_deadline
            and self.end
            and self.registration_deadline > self.end
        ):
            errors["registration_deadline"] = _(
                "The deadline must come before the end of the event."
            )
        if (
            self.registration_opens_at
            and self.registration_deadline
            and self.registration_opens_at > self.registration_deadline
        ):
            errors["registration_opens_at"] = _(
                "Registration must open before its deadline."
            )
        if not self.place and not self.online_url:
            errors["place"] = _("Give a place or an online link.")
        if errors:
            raise ValidationError(errors)

    @property
    def is_online(self) -> bool:
        return bool(self.online_url) and not self.place

    @property
    def seats_left(self) -> int:
        """Seats still free; people past the capacity go to the waiting list.

        Counted on the source row, which holds the registrations; from the
        ``with_confirmed_count()`` annotation when the queryset has it.
        """
        taken = getattr(self, "confirmed_count", None)
        if taken is None:
            taken = Registration.objects.filter(
                event=self.source, status=RegistrationStatus.CONFIRMED
            ).count()
        return max(self.capacity - taken, 0)


class RegistrationStatus(models.TextChoices):
    UNVERIFIED = "unverified", _("Email not yet confirmed")
    CONFIRMED = "confirmed", _("Registered")
    WAITING = "waiting", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.filter(
            status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING]
        )

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waiting(self):
        return self.filter(status=RegistrationStatus.WAITING).order_by(
            "waiting_since", "pk"
        )


class Registration(models.Model):
    event = models.ForeignKey(
        Event,
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("event"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="event_registrations",
        verbose_name=_("account"),
    )
    name = models.CharField(_("full name"), max_length=150)
    email = models.EmailField(_("email"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    region = models.CharField(
        _("region"), max_length=40, choices=Region.choices, blank=True
    )
    accessibility_needs = models.TextField(
        _("accessibility needs"),
        blank=True,
        max_length=1000,
        help_text=_("Tell us what would help you take part (access, interpreting...)."),
    )
    language = models.CharField(
        _("language of emails"), max_length=5, default=settings.LANGUAGE_CODE
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.UNVERIFIED,
    )
    code = models.CharField(
        _("registration code"), max_length=12, unique=True, default=new_code
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("seat given at"), null=True, blank=True)
    waiting_since = models.DateTimeField(
        _("waiting since"), null=True, blank=True, db_index=True
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), default=False)
    attended_at = models.DateTimeField(_("attendance marked at"), null=True, blank=True)
    reminded_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            # One registration per person per event, by account and by address.
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=Q(user__isnull=False),
                name="one_registration_per_account",
            ),
            models.UniqueConstraint(
                "event", Lower("email"), name="one_registration_per_email"
            ),
        ]
        indexes = [models.Index(fields=["event", "status"])]

    def __str__(self):
        return f"{self.name} – {self.event}"

    @property
    def is_active(self) -> bool:
        return self.status in (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITING)

    @property
    def is_cancellable(self) -> bool:
        """Whether the registration's page offers to cancel it.

        A seat or a place in line until the event ends; an unconfirmed email at any
        time. The service still refuses what is no longer possible.
        """
        if self.status == RegistrationStatus.UNVERIFIED:
            return True
        return self.is_active and self.event.end > timezone.now()

    @property
    def certificate_allowed(self) -> bool:
        """Attendance certificates are for people present at a training, once it
        has started."""
        return (
            self.attended
            and self.status == RegistrationStatus.CONFIRMED
            and self.event.kind == EventKind.TRAINING
            and self.event.start <= timezone.now()
        )

    @property
    def certificate_name(self) -> str:
        """The name printed on the certificate: the one the person registered with,
        never an email address (older registrations of accounts without a name
        hold the address: the account's name then, else a blank to fill by hand)."""
        name = self.name.strip()
        if name and "@" not in name:
            return name
        if self.user_id:
            return self.user.get_full_name() or self.user.display_name
        return ""

    @property
    def waiting_position(self) -> int | None:
        if self.status != RegistrationStatus.WAITING:
            return None
        return (
            Registration.objects.waiting()
            .filter(event_id=self.event_id)
            .filter(
                Q(waiting_since__lt=self.waiting_since)
                | Q(waiting_since=self.waiting_since, pk__lt=self.pk)
            )
            .count()
            + 1
        )
