"""Governance bodies, the national action plans their mandates follow, and members.

A body is editorial content, translatable with wagtail-localize (one row per
language). Mandates and meetings always point to the body's *source* row, so every
language shows the same members. A member row is one mandate: a person (or only
the seat, when the report names the institution alone) holding a role for a
constituency, from ``start`` to ``end``, possibly ended early (article 12).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.translation import TranslatedQuerySet, TranslationSetMixin

from .text import MultilingualMixin


class BodyKind(models.TextChoices):
    STEERING = "steering", _("Steering committee")
    IMPLEMENTATION = "implementation", _("Implementation committee")
    CIVIL_SOCIETY_SPACE = "civil_society_space", _("Civil society space")
    OTHER = "other", _("Other body")


class Constituency(models.TextChoices):
    ADMINISTRATION = "administration", _("Public administration")
    CIVIL_SOCIETY = "civil_society", _("Civil society")
    OBSERVER = "observer", _("Observers")


class MemberRole(models.TextChoices):
    CHAIR = "chair", _("Chair")
    SECRETARIAT = "secretariat", _("Secretariat")
    MEMBER = "member", _("Member")
    ALTERNATE = "alternate", _("Alternate")
    OBSERVER = "observer", _("Observer")


# Roles that hold a seat: counted for parity, seats and the double majority.
SEAT_ROLES = (MemberRole.CHAIR, MemberRole.MEMBER)


class EndReason(models.TextChoices):
    """Article 12: how a membership ends."""

    DISSOLUTION = "dissolution", _("Dissolution of the organisation")
    WITHDRAWAL = "withdrawal", _("Withdrawal by official letter to the secretariat")
    TERM = "term", _("End of term")
    ABSENCES = "absences", _("Three unexcused absences within two calendar years")


class BodyQuerySet(TranslatedQuerySet):
    def published(self):
        return self.filter(is_published=True)


class Body(TranslationSetMixin, TranslatableMixin, models.Model):
    kind = models.CharField(
        _("kind"), max_length=30, choices=BodyKind.choices, default=BodyKind.OTHER
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80)
    mission = models.TextField(
        _("mission"), blank=True, help_text=_("One mission per line.")
    )
    description = models.TextField(_("description"), blank=True)
    parity_required = models.BooleanField(
        _("parity required"),
        default=False,
        help_text=_(
            "Article 3 of the charter: as many civil society seats as public "
            "administration seats."
        ),
    )
    seats_administration = models.PositiveSmallIntegerField(
        _("public administration seats"), null=True, blank=True
    )
    seats_civil_society = models.PositiveSmallIntegerField(
        _("civil society seats"), null=True, blank=True
    )
    is_published = models.BooleanField(_("published"), default=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = BodyQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("mission"),
        TranslatableField("description"),
        SynchronizedField("slug"),
        SynchronizedField("kind"),
        SynchronizedField("parity_required"),
        SynchronizedField("seats_administration"),
        SynchronizedField("seats_civil_society"),
        SynchronizedField("is_published"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("governance body")
        verbose_name_plural = _("governance bodies")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="governance_body_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("governance_body", kwargs={"slug": self.slug})

    @property
    def missions(self) -> list[str]:
        return [line.strip() for line in self.mission.splitlines() if line.strip()]

    def seats(self, constituency: str) -> int | None:
        return {
            Constituency.ADMINISTRATION: self.seats_administration,
            Constituency.CIVIL_SOCIETY: self.seats_civil_society,
        }.get(constituency)


class ActionPlan(models.Model):
    """A national action plan: mandates are renewed with each one (article 4)."""

    name = models.CharField(
        _("period"), max_length=20, unique=True, help_text=_("For example 2021-2023.")
    )
    start = models.DateField(_("start"))
    end = models.DateField(_("end"))

    class Meta:
        verbose_name = _("national action plan")
        verbose_name_plural = _("national action plans")
        ordering = ["start"]

    def __str__(self):
        return _("National action plan %(name)s") % {"name": self.name}

    def clean(self):
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end must come after the start.")})


class MemberQuerySet(models.QuerySet):
    def on(self, day):
        """Mandates held on ``day``: started, and neither ended nor expired."""
        return self.filter(start__lte=day).filter(
            Q(ended_on__gte=day)
            | Q(ended_on__isnull=True) & (Q(end__isnull=True) | Q(end__gte=day))
        )

    def seats(self):
        return self.filter(role__in=SEAT_ROLES).exclude(
            constituency=Constituency.OBSERVER
        )


class Member(MultilingualMixin, models.Model):
    body = models.ForeignKey(
        Body,
        on_delete=models.CASCADE,
        related_name="members",
        verbose_name=_("body"),
    )
    action_plan = models.ForeignKey(
        ActionPlan,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="members",
        verbose_name=_("national action plan"),
        help_text=_("The mandate follows this plan; its dates are the default."),
    )
    name_ar = models.CharField(_("name in Arabic"), max_length=150, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=150, blank=True)
    # Private: never shown; the account receives the invitations.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="governance_mandates",
        verbose_name=_("account"),
        help_text=_("Receives the invitations; never shown to the public."),
    )
    constituency = models.CharField(
        _("constituency"), max_length=20, choices=Constituency.choices
    )
    role = models.CharField(
        _("role"), max_length=20, choices=MemberRole.choices, default=MemberRole.MEMBER
    )
    organisation = models.ForeignKey(
        "working_groups.Organisation",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="governance_mandates",
        verbose_name=_("civil society organisation"),
    )
    institution_ar = models.CharField(
        _("institution in Arabic"), max_length=255, blank=True
    )
    institution_fr = models.CharField(
        _("institution in French"), max_length=255, blank=True
    )
    start = models.DateField(_("start of mandate"), blank=True)
    end = models.DateField(_("end of mandate"), null=True, blank=True)
    # Set by the services only (article 12), public once set.
    ended_on = models.DateField(_("ended on"), null=True, blank=True, editable=False)
    end_reason = models.CharField(
        _("reason for the end"),
        max_length=20,
        choices=EndReason.choices,
        blank=True,
        editable=False,
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = MemberQuerySet.as_manager()

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["sort_order", "pk"]
        indexes = [models.Index(fields=["body", "start"])]

    def __str__(self):
        return " – ".join(x for x in (self.name, self.institution) if x) or str(self.pk)

    def clean(self):
        errors = {}
        if self.action_plan_id and not self.start:
            self.start = self.action_plan.start
        if self.action_plan_id and not self.end:
            self.end = self.action_plan.end
        if not self.start:
            errors["start"] = _("Give the start of the mandate or its action plan.")
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The end must come after the start.")
        if not (self.organisation_id or self.institution_ar or self.institution_fr):
            errors["institution_ar"] = _(
                "Give the institution or the organisation represented."
            )
        if errors:
            raise ValidationError(errors)

    @property
    def name(self) -> str:
        return self.text("name")

    @property
    def institution(self) -> str:
        if self.organisation_id:
            return self.organisation.name
        return self.text("institution")

    @property
    def holds_seat(self) -> bool:
        return self.role in SEAT_ROLES and self.constituency != Constituency.OBSERVER

    @property
    def until(self):
        """The last day of the mandate (None: open-ended)."""
        return self.ended_on or self.end

    def holds_on(self, day) -> bool:
        return self.start <= day and (self.until is None or day <= self.until)

    @property
    def end_label(self) -> str:
        """Why the mandate is over, as the public pages say it ("" if it is not)."""
        if self.end_reason:
            return self.get_end_reason_display()
        if self.end and self.end < timezone.localdate():
            return EndReason.TERM.label
        return ""


class ProposalStatus(models.TextChoices):
    OPEN = "open", _("To decide")
    CONFIRMED = "confirmed", _("Confirmed")
    DISMISSED = "dismissed", _("Dismissed")


class EndProposal(models.Model):
    """An end of membership the portal detected (three absences), for the
    secretariat to confirm or dismiss."""

    member = models.ForeignKey(
        Member,
        on_delete=models.CASCADE,
        related_name="end_proposals",
        verbose_name=_("member"),
    )
    reason = models.CharField(
        _("reason"),
        max_length=20,
        choices=EndReason.choices,
        default=EndReason.ABSENCES,
    )
    meetings = models.ManyToManyField(
        "governance.Meeting", related_name="+", verbose_name=_("meetings missed")
    )
    detected_at = models.DateTimeField(_("detected at"), default=timezone.now)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ProposalStatus.choices,
        default=ProposalStatus.OPEN,
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )

    class Meta:
        verbose_name = _("proposed end of membership")
        verbose_name_plural = _("proposed ends of membership")
        ordering = ["-detected_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["member"],
                condition=Q(status="open"),
                name="governance_one_open_end_proposal",
            )
        ]

    def __str__(self):
        return f"{self.member} – {self.get_reason_display()}"
