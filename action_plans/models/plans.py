"""Institutions, plans, commitments and milestones: content the secretariat writes.

Each is translatable (one row per language, wagtail-localize); what points to one
of them (a commitment's plan, a milestone's commitment, a progress update, a
focal point) points to its translation set's *source* row, so every language
shows the same records. Status and completion live on the source rows.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.translation import TranslatedQuerySet, TranslationSetMixin
from working_groups.models import Theme

from .choices import (
    CLOSED_STATUSES,
    Completion,
    EarlyResults,
    MilestoneStatus,
    OgpValue,
    Phase,
)


def _choices_list(values, choices, field):
    wrong = [v for v in values or [] if v not in choices.values]
    if not isinstance(values, list) or wrong:
        raise ValidationError({field: _("Choose values from the list.")})


class Institution(TranslationSetMixin, TranslatableMixin, models.Model):
    """A public institution that leads or partners in commitments."""

    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True)

    objects = TranslatedQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("acronym"),
        SynchronizedField("slug"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="action_plans_institution_slug"
            )
        ]

    def __str__(self):
        return self.name


class Plan(TranslationSetMixin, TranslatableMixin, models.Model):
    """A national action plan: its period (governance's), phase and documents."""

    period = models.ForeignKey(
        "governance.ActionPlan",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("period"),
    )
    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=80)
    summary = models.TextField(_("summary"), blank=True)
    phase = models.CharField(
        _("phase"), max_length=20, choices=Phase.choices, default=Phase.COCREATION
    )
    documents = models.ManyToManyField(
        get_document_model_string(),
        blank=True,
        related_name="+",
        verbose_name=_("documents"),
    )
    cocreation = models.ForeignKey(
        "consultations.Consultation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("co-creation consultation"),
        help_text=_("The consultation in which the draft plan is open for comments."),
    )
    draft_recorded_at = models.DateTimeField(null=True, blank=True, editable=False)
    is_public = models.BooleanField(_("public"), default=True)
    is_demo = models.BooleanField(_("demo data"), default=False)

    objects = TranslatedQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("summary"),
        SynchronizedField("period"),
        SynchronizedField("slug"),
        SynchronizedField("phase"),
        SynchronizedField("cocreation"),
        SynchronizedField("is_public"),
        SynchronizedField("is_demo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("national action plan")
        verbose_name_plural = _("national action plans")
        ordering = ["-slug"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="action_plans_plan_slug"
            )
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self) -> str:
        return self.get_url_path()

    def get_url_path(self, language: str | None = None) -> str:
        language = language or self.locale.language_code
        return f"/{language}/action-plans/{self.slug}/"


class Commitment(TranslationSetMixin, TranslatableMixin, models.Model):
    plan = models.ForeignKey(
        Plan,
        on_delete=models.CASCADE,
        related_name="commitments",
        verbose_name=_("national action plan"),
    )
    number = models.PositiveSmallIntegerField(_("number"))
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"))
    problem = models.TextField(_("problem addressed"), blank=True)
    changes_since_draft = models.TextField(
        _("what changed since the draft"),
        blank=True,
        help_text=_("What the co-creation changed between the draft and the plan."),
    )
    ogp_values = models.JSONField(
        _("OGP values"), default=list, blank=True, help_text=", ".join(OgpValue.values)
    )
    themes = models.JSONField(
        _("themes"), default=list, blank=True, help_text=", ".join(Theme.values)
    )
    lead = models.ForeignKey(
        Institution,
        on_delete=models.PROTECT,
        related_name="led_commitments",
        verbose_name=_("lead institution"),
    )
    partner_institutions = models.ManyToManyField(
        Institution,
        blank=True,
        related_name="partnered_commitments",
        verbose_name=_("partner institutions"),
    )
    partner_organisations = models.ManyToManyField(
        "working_groups.Organisation",
        blank=True,
        related_name="+",
        verbose_name=_("partner civil society organisations"),
    )
    start = models.DateField(_("start"))
    end = models.DateField(_("end"))
    origin = models.ForeignKey(
        "consultations.Consultation",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("consultation of origin"),
    )
    contributions = models.ManyToManyField(
        "consultations.Contribution",
        blank=True,
        related_name="+",
        verbose_name=_("contributions it came from"),
    )
    # The draft as commented, kept when the co-creation opens: {"ar": {...}, ...}.
    draft = models.JSONField(default=dict, blank=True, editable=False)
    # Assessment in the spirit of OGP's independent reporting mechanism.
    midterm_completion = models.CharField(
        _("completion at mid-term"),
        max_length=20,
        choices=Completion.choices,
        blank=True,
    )
    midterm_notes = models.TextField(_("mid-term assessment"), blank=True)
    final_completion = models.CharField(
        _("completion at the end of term"),
        max_length=20,
        choices=Completion.choices,
        blank=True,
    )
    early_results = models.CharField(
        _("early results"), max_length=20, choices=EarlyResults.choices, blank=True
    )
    final_notes = models.TextField(_("end-of-term assessment"), blank=True)

    objects = TranslatedQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("description"),
        TranslatableField("problem"),
        TranslatableField("changes_since_draft"),
        TranslatableField("midterm_notes"),
        TranslatableField("final_notes"),
        SynchronizedField("plan"),
        SynchronizedField("number"),
        SynchronizedField("ogp_values"),
        SynchronizedField("themes"),
        SynchronizedField("lead"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("origin"),
        SynchronizedField("midterm_completion"),
        SynchronizedField("final_completion"),
        SynchronizedField("early_results"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("commitment")
        verbose_name_plural = _("commitments")
        ordering = ["plan", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["plan", "number", "locale"],
                name="action_plans_commitment_number",
            )
        ]
        permissions = [
            ("assess_commitment", _("Can fill in the assessment of commitments")),
            ("review_progressupdate", _("Can review progress updates")),
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"

    def get_absolute_url(self) -> str:
        return self.get_url_path()

    def clean(self):
        _choices_list(self.ogp_values, OgpValue, "ogp_values")
        _choices_list(self.themes, Theme, "themes")
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end must come after the start.")})

    def get_url_path(self, language: str | None = None) -> str:
        language = language or self.locale.language_code
        return f"{self.plan.get_url_path(language)}commitments/{self.number}/"

    def value_labels(self) -> list[str]:
        return [str(OgpValue(v).label) for v in self.ogp_values if v in OgpValue.values]

    def theme_labels(self) -> list[str]:
        return [str(Theme(v).label) for v in self.themes if v in Theme.values]


class Milestone(TranslationSetMixin, TranslatableMixin, models.Model):
    commitment = models.ForeignKey(
        Commitment,
        on_delete=models.CASCADE,
        related_name="milestones",
        verbose_name=_("commitment"),
    )
    title = models.CharField(_("title"), max_length=300)
    due_date = models.DateField(_("due date"))
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=MilestoneStatus.choices,
        default=MilestoneStatus.NOT_STARTED,
    )
    completion = models.PositiveSmallIntegerField(
        _("completion (%)"), default=0, validators=[MaxValueValidator(100)]
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    objects = TranslatedQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("title"),
        SynchronizedField("commitment"),
        SynchronizedField("due_date"),
        SynchronizedField("status"),
        SynchronizedField("completion"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["sort_order", "due_date", "pk"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.status == MilestoneStatus.COMPLETED and self.completion != 100:
            raise ValidationError(
                {"completion": _("A completed milestone has a completion of 100.")}
            )

    def is_overdue(self, today=None) -> bool:
        today = today or timezone.localdate()
        return self.due_date < today and self.status not in CLOSED_STATUSES


class DraftComment(models.Model):
    """A contribution of the co-creation consultation about one draft commitment.

    The contribution itself (moderation, verification, supports, answers) is the
    consultations module's; this only says which commitment it is about.
    """

    contribution = models.OneToOneField(
        "consultations.Contribution",
        on_delete=models.CASCADE,
        related_name="+",
    )
    commitment = models.ForeignKey(
        Commitment, on_delete=models.CASCADE, related_name="draft_comments"
    )

    class Meta:
        verbose_name = _("comment on a draft commitment")
        verbose_name_plural = _("comments on draft commitments")

    def __str__(self):
        return f"{self.commitment_id} ← {self.contribution_id}"
