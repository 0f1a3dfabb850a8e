"""Applications, their documents and scores, the tie decisions and the audit log.

An application's files and scores are private until the results are published:
``calls.rules`` says who sees them, the services write them.
"""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from working_groups.models import Organisation

from .calls import Call, CommitteeMember, Criterion, RequiredDocument


class ApplicationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Submitted, being checked")
    RETURNED = "returned", _("Returned as incomplete")
    COMPLETE = "complete", _("Complete, being scored")


class Application(models.Model):
    call = models.ForeignKey(
        Call, on_delete=models.CASCADE, related_name="applications"
    )
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="call_applications",
        verbose_name=_("organisation"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    reference = models.CharField(
        _("reference"), max_length=30, unique=True, null=True, blank=True
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.DRAFT,
    )
    experience = models.TextField(
        _("experience of the organisation"),
        blank=True,
        help_text=_("Open government, mobilising civil society, digital technology."),
    )
    programme = models.TextField(
        _("proposed work programme"),
        blank=True,
        help_text=_(
            "Implementing the action plan, evaluating it, preparing the next one."
        ),
    )
    return_reason = models.TextField(_("reason for the return"), blank=True)
    submitted_at = models.DateTimeField(_("submitted at"), null=True, blank=True)
    checked_at = models.DateTimeField(_("checked at"), null=True, blank=True)
    # Set at publication.
    score = models.DecimalField(
        _("score"), max_digits=6, decimal_places=2, null=True, blank=True
    )
    rank = models.PositiveSmallIntegerField(_("rank"), null=True, blank=True)
    selected = models.BooleanField(_("selected"), default=False)
    is_demo = models.BooleanField(_("demo data"), default=False)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["call", "organisation"], name="calls_one_application_each"
            )
        ]

    def __str__(self):
        return f"{self.reference or _('Draft')} – {self.organisation}"

    def get_absolute_url(self) -> str:
        return reverse("calls_application", kwargs={"pk": self.pk})

    @property
    def editable(self) -> bool:
        return self.status in (ApplicationStatus.DRAFT, ApplicationStatus.RETURNED)


def _document_path(instance, filename):
    # The uploader's name is neither trusted nor kept; the checker gave the kind.
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    stamp = timezone.now().strftime("%Y%m%d%H%M%S%f")
    return (
        f"calls/{instance.application.call_id}/{instance.application_id}/{stamp}.{ext}"
    )


class ApplicationDocument(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="documents"
    )
    requirement = models.ForeignKey(
        RequiredDocument,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("required document"),
    )
    file = models.FileField(_("file"), upload_to=_document_path, max_length=255)
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)

    class Meta:
        verbose_name = _("application document")
        verbose_name_plural = _("application documents")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "requirement"],
                name="calls_one_file_per_requirement",
            )
        ]

    def __str__(self):
        return str(self.requirement)


class Score(models.Model):
    """One committee member's points for one criterion of one application."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="scores"
    )
    member = models.ForeignKey(
        CommitteeMember, on_delete=models.PROTECT, related_name="scores"
    )
    criterion = models.ForeignKey(
        Criterion, on_delete=models.PROTECT, related_name="scores"
    )
    points = models.PositiveSmallIntegerField(_("points"))
    scored_at = models.DateTimeField(_("scored at"), default=timezone.now)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "member", "criterion"],
                name="calls_one_score_per_criterion",
            )
        ]

    def __str__(self):
        return f"{self.application} – {self.criterion}: {self.points}"


class TieDecision(models.Model):
    """Article 4: the committee's decision on geographic and expertise diversity
    where applications tie or are under 10 points apart around the cut-off."""

    call = models.OneToOneField(
        Call, on_delete=models.CASCADE, related_name="tie_decision"
    )
    chosen = models.ManyToManyField(
        Application, related_name="+", verbose_name=_("applications chosen")
    )
    reasons = models.TextField(_("reasons"))
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    decided_at = models.DateTimeField(_("decided at"), default=timezone.now)

    class Meta:
        verbose_name = _("diversity decision")
        verbose_name_plural = _("diversity decisions")

    def __str__(self):
        return str(self.call)


class AuditAction(models.TextChoices):
    SUBMITTED = "submitted", _("Application submitted")
    RETURNED = "returned", _("Application returned as incomplete")
    COMPLETE = "complete", _("Application found complete")
    SCORED = "scored", _("Application scored")
    TIE_DECIDED = "tie_decided", _("Diversity decision recorded")
    PUBLISHED = "published", _("Results published")
    MANDATES = "mandates", _("Mandates created")
    VOTED = "voted", _("Vote cast")
    ELECTION_PUBLISHED = "election_published", _("Election results published")


class AuditEntry(models.Model):
    """Who did what, when: every step of a call (never shown to the public)."""

    call = models.ForeignKey(Call, on_delete=models.CASCADE, related_name="audit")
    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="audit",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("by"),
    )
    action = models.CharField(_("action"), max_length=30, choices=AuditAction.choices)
    detail = models.TextField(_("detail"), blank=True)
    at = models.DateTimeField(_("at"), default=timezone.now)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")
        ordering = ["-at", "-pk"]

    def __str__(self):
        return f"{self.at:%Y-%m-%d %H:%M} {self.get_action_display()}"
