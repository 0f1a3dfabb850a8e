"""A call for applications, its scoring grid, its required documents, and its
selection committee with the conflicts of interest members declared.

Texts are kept side by side in Arabic, French and English (``title_ar``...), as
governance meetings are: the call is one record published in both languages.
"""

import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel

from governance.models.text import MultilingualMixin


class CallQuerySet(models.QuerySet):
    def published(self):
        """What the public sees: calls the secretariat announced."""
        return self.filter(is_published=True)


class Call(MultilingualMixin, ClusterableModel):
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    title_ar = models.CharField(_("title in Arabic"), max_length=255)
    title_fr = models.CharField(_("title in French"), max_length=255)
    title_en = models.CharField(_("title in English"), max_length=255, blank=True)
    description_ar = models.TextField(_("description in Arabic"), blank=True)
    description_fr = models.TextField(_("description in French"), blank=True)
    description_en = models.TextField(_("description in English"), blank=True)
    eligibility_ar = models.TextField(_("eligibility in Arabic"), blank=True)
    eligibility_fr = models.TextField(_("eligibility in French"), blank=True)
    eligibility_en = models.TextField(_("eligibility in English"), blank=True)
    body = models.ForeignKey(
        "governance.Body",
        on_delete=models.PROTECT,
        related_name="calls",
        verbose_name=_("body"),
    )
    action_plan = models.ForeignKey(
        "governance.ActionPlan",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="calls",
        verbose_name=_("national action plan"),
        help_text=_("The term the selected organisations will serve."),
    )
    seats = models.PositiveSmallIntegerField(_("seats"))
    term_start = models.DateField(_("start of the term"))
    term_end = models.DateField(_("end of the term"))
    opens_at = models.DateTimeField(_("applications open"))
    closes_at = models.DateTimeField(_("applications close"))
    appeal_days = models.PositiveSmallIntegerField(
        _("appeal window (days)"),
        default=0,
        help_text=_("Days after the results to appeal; 0: no appeal."),
    )
    is_published = models.BooleanField(_("published"), default=False)
    is_demo = models.BooleanField(_("demo data"), default=False, editable=False)
    # Set by the services only.
    results_published_at = models.DateTimeField(
        _("results published at"), null=True, blank=True, editable=False
    )
    mandates_created_at = models.DateTimeField(
        _("mandates created at"), null=True, blank=True, editable=False
    )

    objects = CallQuerySet.as_manager()

    class Meta:
        verbose_name = _("call for applications")
        verbose_name_plural = _("calls for applications")
        ordering = ["-opens_at"]

    def __str__(self):
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("calls_detail", kwargs={"slug": self.slug})

    def clean(self):
        errors = {}
        if self.opens_at and self.closes_at and self.closes_at <= self.opens_at:
            errors["closes_at"] = _("The call must close after it opens.")
        if self.term_start and self.term_end and self.term_end < self.term_start:
            errors["term_end"] = _("The end must come after the start.")
        if self.seats is not None and self.seats < 1:
            errors["seats"] = _("A call has at least one seat.")
        if errors:
            raise ValidationError(errors)

    @property
    def title(self) -> str:
        return self.text("title")

    @property
    def title_lang(self) -> str:
        """The language the title is shown in (a fallback may differ)."""
        return self.text_language("title")

    @property
    def description_lang(self) -> str:
        return self.text_language("description")

    @property
    def description(self) -> str:
        return self.text("description")

    @property
    def eligibility(self) -> str:
        return self.text("eligibility")

    @property
    def is_open(self) -> bool:
        return self.is_published and self.opens_at <= timezone.now() < self.closes_at

    @property
    def is_closed(self) -> bool:
        return timezone.now() >= self.closes_at

    @property
    def results_published(self) -> bool:
        return self.results_published_at is not None

    @property
    def appeal_until(self) -> datetime.date | None:
        if not self.results_published_at or not self.appeal_days:
            return None
        return timezone.localdate(self.results_published_at) + datetime.timedelta(
            days=self.appeal_days
        )


class Criterion(MultilingualMixin, models.Model):
    """One line of the call's grid, with its maximum points (article 4)."""

    call = ParentalKey(Call, on_delete=models.CASCADE, related_name="criteria")
    group_ar = models.CharField(_("group in Arabic"), max_length=150, blank=True)
    group_fr = models.CharField(_("group in French"), max_length=150, blank=True)
    group_en = models.CharField(_("group in English"), max_length=150, blank=True)
    label_ar = models.CharField(_("criterion in Arabic"), max_length=255)
    label_fr = models.CharField(_("criterion in French"), max_length=255)
    label_en = models.CharField(_("criterion in English"), max_length=255, blank=True)
    max_points = models.PositiveSmallIntegerField(_("maximum points"))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return f"{self.label} ({self.max_points})"

    def clean(self):
        if self.max_points is not None and self.max_points < 1:
            raise ValidationError({"max_points": _("Give at least one point.")})

    @property
    def label(self) -> str:
        return self.text("label")

    @property
    def group(self) -> str:
        return self.text("group")


class RequiredDocument(MultilingualMixin, models.Model):
    call = ParentalKey(
        Call, on_delete=models.CASCADE, related_name="required_documents"
    )
    label_ar = models.CharField(_("document in Arabic"), max_length=255)
    label_fr = models.CharField(_("document in French"), max_length=255)
    label_en = models.CharField(_("document in English"), max_length=255, blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("required document")
        verbose_name_plural = _("required documents")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.label

    @property
    def label(self) -> str:
        return self.text("label")


class CommitteeRole(models.TextChoices):
    """Article 4: who sits on the selection committee; observers do not score."""

    CIVIL_SOCIETY = "civil_society", _("Civil society representative")
    PRIVATE_SECTOR = "private_sector", _("Private sector representative")
    UNIVERSITY = "university", _("University representative")
    INDEPENDENT = "independent", _("Independent institution representative")
    OBSERVER_MINISTRY = "observer_ministry", _("Observer from the ministry")
    OBSERVER_INTERNATIONAL = (
        "observer_international",
        _("Observer from an international organisation"),
    )


OBSERVER_ROLES = (CommitteeRole.OBSERVER_MINISTRY, CommitteeRole.OBSERVER_INTERNATIONAL)


class CommitteeMember(MultilingualMixin, models.Model):
    call = ParentalKey(Call, on_delete=models.CASCADE, related_name="committee")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="selection_committees",
        verbose_name=_("account"),
        help_text=_("Scores in the admin; never shown to the public."),
    )
    role = models.CharField(_("role"), max_length=30, choices=CommitteeRole.choices)
    name_ar = models.CharField(_("name in Arabic"), max_length=150, blank=True)
    name_fr = models.CharField(_("name in French"), max_length=150, blank=True)
    institution_ar = models.CharField(
        _("institution in Arabic"), max_length=255, blank=True
    )
    institution_fr = models.CharField(
        _("institution in French"), max_length=255, blank=True
    )

    class Meta:
        verbose_name = _("selection committee member")
        verbose_name_plural = _("selection committee members")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["call", "user"], name="calls_one_seat_per_person"
            )
        ]

    def __str__(self):
        return self.name or str(self.user)

    @property
    def name(self) -> str:
        return self.text("name")

    @property
    def institution(self) -> str:
        return self.text("institution")

    @property
    def scores(self) -> bool:
        return self.role not in OBSERVER_ROLES


class Conflict(models.Model):
    """A committee member's declared tie to an organisation: they never score it."""

    member = models.ForeignKey(
        CommitteeMember,
        on_delete=models.CASCADE,
        related_name="conflicts",
        verbose_name=_("committee member"),
    )
    organisation = models.ForeignKey(
        "working_groups.Organisation",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("organisation"),
    )
    reason = models.CharField(_("nature of the tie"), max_length=255)
    declared_at = models.DateTimeField(_("declared at"), default=timezone.now)

    class Meta:
        verbose_name = _("declared conflict of interest")
        verbose_name_plural = _("declared conflicts of interest")
        constraints = [
            models.UniqueConstraint(
                fields=["member", "organisation"], name="calls_one_conflict_per_tie"
            )
        ]

    def __str__(self):
        return f"{self.member} – {self.organisation}"
