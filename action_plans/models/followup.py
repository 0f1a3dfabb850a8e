"""Follow-up: focal points, progress updates with their review, evidence, alerts.

A published progress update is never changed again: the next report is a new
update, so the history of a commitment is the list of its published updates.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string

from .choices import AlertKind, MilestoneStatus, UpdateStatus
from .plans import Commitment, Institution, Milestone


class FocalPoint(models.Model):
    """The account that reports for one institution (one institution per account)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="action_plans_focal_point",
        verbose_name=_("account"),
    )
    institution = models.ForeignKey(
        Institution,
        on_delete=models.CASCADE,
        related_name="focal_points",
        verbose_name=_("institution"),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        verbose_name = _("focal point")
        verbose_name_plural = _("focal points")

    def __str__(self):
        return f"{self.user} – {self.institution}"


class ProgressUpdateQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=UpdateStatus.PUBLISHED)


class ProgressUpdate(models.Model):
    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.CASCADE,
        related_name="updates",
        verbose_name=_("commitment"),
    )
    institution = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("institution"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("author"),
    )
    text = models.TextField(_("progress"))
    language = models.CharField(_("language"), max_length=2, default="ar")
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=UpdateStatus.choices,
        default=UpdateStatus.DRAFT,
        db_index=True,
    )
    review_note = models.TextField(_("review note"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    submitted_at = models.DateTimeField(null=True, blank=True, editable=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = ProgressUpdateQuerySet.as_manager()

    class Meta:
        verbose_name = _("progress update")
        verbose_name_plural = _("progress updates")
        ordering = ["-published_at", "-created_at", "-pk"]
        indexes = [models.Index(fields=["commitment", "status", "-published_at"])]

    def __str__(self):
        return f"{self.commitment} · {self.get_status_display()}"

    @property
    def is_published(self) -> bool:
        return self.status == UpdateStatus.PUBLISHED


class MilestoneProgress(models.Model):
    """What one update says of one milestone: its status and completion then."""

    update = models.ForeignKey(
        ProgressUpdate, on_delete=models.CASCADE, related_name="milestones"
    )
    milestone = models.ForeignKey(
        Milestone, on_delete=models.CASCADE, related_name="progress"
    )
    status = models.CharField(
        _("status"), max_length=20, choices=MilestoneStatus.choices
    )
    completion = models.PositiveSmallIntegerField(
        _("completion (%)"), validators=[MaxValueValidator(100)]
    )

    class Meta:
        verbose_name = _("milestone progress")
        verbose_name_plural = _("milestone progress")
        ordering = ["milestone__sort_order", "milestone__due_date", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["update", "milestone"],
                name="action_plans_one_row_per_milestone",
            )
        ]

    def __str__(self):
        return f"{self.milestone} · {self.completion}%"


class Evidence(models.Model):
    """A library document or a link that proves a milestone's progress."""

    milestone = models.ForeignKey(
        Milestone,
        on_delete=models.CASCADE,
        related_name="evidence",
        verbose_name=_("milestone"),
    )
    update = models.ForeignKey(
        ProgressUpdate,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="evidence",
        help_text=_("Empty when the secretariat added it directly."),
    )
    document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("document"),
    )
    url = models.URLField(_("link"), blank=True)
    label = models.CharField(_("label"), max_length=255, blank=True)

    class Meta:
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
        ordering = ["pk"]

    def __str__(self):
        return self.label or self.url or str(self.document)

    def clean(self):
        if bool(self.document_id) == bool(self.url):
            raise ValidationError(
                {"url": _("Give either a library document or a link.")}
            )


class Alert(models.Model):
    """An alert sent once: the key names the situation, so it is never resent."""

    key = models.CharField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=AlertKind.choices)
    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="+"
    )
    milestone = models.ForeignKey(
        Milestone, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    recipients = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")
        ordering = ["-sent_at"]

    def __str__(self):
        return self.key
