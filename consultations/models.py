"""Public consultations: what editors publish and what citizens contribute.

Editors write consultations (translatable with wagtail-localize: one row per
locale, sharing a ``translation_key``). Everything citizens write points to the
*original* row of a consultation (the first of its translation group), so that
contributions, comments and statistics are the same in every language.

Rules live in ``consultations.services``; visibility in ``consultations.queries``.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.documents import get_document_model_string
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.regions import Region

GENERAL_BOX_SLUG = "general-box"


class Status(models.TextChoices):
    """A consultation's phase, derived from its dates (never stored)."""

    UPCOMING = "upcoming", _("Upcoming")
    OPEN = "open", _("Open")
    CLOSED = "closed", _("Closed")


class ModerationMode(models.TextChoices):
    BEFORE = "before", _("Before publication (moderators approve each contribution)")
    AFTER = "after", _("After publication (contributions appear at once)")


class ContributionKind(models.TextChoices):
    PROPOSAL = "proposal", _("Proposal")
    OBSERVATION = "observation", _("Observation")


class ContributionLanguage(models.TextChoices):
    AR = "ar", _("Arabic")
    FR = "fr", _("French")


class ContributionStatus(models.TextChoices):
    PENDING_VERIFICATION = "pending_verification", _("Waiting for email verification")
    PENDING_MODERATION = "pending_moderation", _("Waiting for moderation")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    HIDDEN = "hidden", _("Hidden")


class CommentStatus(models.TextChoices):
    PUBLISHED = "published", _("Published")
    HIDDEN = "hidden", _("Hidden")


class RejectReason(models.TextChoices):
    """The usual reasons, chosen from a list; moderators may also write their own."""

    OFF_TOPIC = "off_topic", _("Not related to the subject of the consultation")
    OFFENSIVE = "offensive", _("Offensive, discriminatory or violent content")
    PERSONAL_DATA = "personal_data", _("Contains personal data about other people")
    DUPLICATE = "duplicate", _("Repeats a contribution already published")
    ADVERTISING = "advertising", _("Advertising or spam")
    UNCLEAR = "unclear", _("Cannot be understood")
    OTHER = "other", _("Other reason (written below)")


class FlagReason(models.TextChoices):
    SPAM = "spam", _("Spam or advertising")
    OFFENSIVE = "offensive", _("Offensive or hateful")
    PERSONAL_DATA = "personal_data", _("Reveals personal data")
    OFF_TOPIC = "off_topic", _("Off topic")
    OTHER = "other", _("Other")


class Verdict(models.TextChoices):
    ACCEPTED = "accepted", _("Accepted")
    PARTLY_ACCEPTED = "partly_accepted", _("Partly accepted")
    NOT_RETAINED = "not_retained", _("Not retained")
    ALREADY_PLANNED = "already_planned", _("Already planned")


class ConsultationTag(TaggedItemBase):
    content_object = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class Consultation(TranslatableMixin, models.Model):
    """A public consultation, or the general box that is always open."""

    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=True,
        help_text=_("The consultation's address: /consultations/<slug>/."),
    )
    summary = models.TextField(
        _("summary"), blank=True, help_text=_("One or two sentences for lists.")
    )
    text = RichTextField(_("text"), blank=True)
    opens_at = models.DateTimeField(_("opens at"), null=True, blank=True)
    closes_at = models.DateTimeField(_("closes at"), null=True, blank=True)
    is_general_box = models.BooleanField(
        _("general box"),
        default=False,
        help_text=_("The box that is always open, whatever the dates."),
    )
    moderation_mode = models.CharField(
        _("moderation"),
        max_length=8,
        choices=ModerationMode.choices,
        default=ModerationMode.BEFORE,
    )
    allow_anonymous = models.BooleanField(
        _("contributions without an account"),
        default=True,
        help_text=_("People without an account give a name and a verified email."),
    )
    comments_open = models.BooleanField(_("comments open"), default=True)
    tags = TaggableManager(
        through=ConsultationTag, blank=True, verbose_name=_("themes")
    )
    documents = models.ManyToManyField(
        get_document_model_string(),
        blank=True,
        related_name="consultations",
        verbose_name=_("documents"),
    )
    # The close-out ("you said, we did").
    synthesis_text = RichTextField(_("synthesis"), blank=True)
    synthesis_document = models.ForeignKey(
        get_document_model_string(),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("synthesis document"),
    )
    closeout_published_at = models.DateTimeField(
        _("close-out published at"), null=True, blank=True, editable=False
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # What translators translate; the rest (the address, dates, settings, the
    # synthesis file) stays the same in every language. Themes and documents are
    # read from the original.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("summary"),
        TranslatableField("text"),
        TranslatableField("synthesis_text"),
        SynchronizedField("slug"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("is_general_box"),
        SynchronizedField("moderation_mode"),
        SynchronizedField("allow_anonymous"),
        SynchronizedField("comments_open"),
        SynchronizedField("synthesis_document"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")
        ordering = ["-opens_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="consultation_slug_per_locale"
            ),
            models.CheckConstraint(
                condition=Q(is_general_box=True)
                | Q(opens_at__isnull=False, closes_at__isnull=False),
                name="consultation_has_dates",
            ),
        ]
        permissions = [
            ("publish_closeout", _("Can publish the close-out of a consultation")),
        ]

    def __str__(self):
        return self.title

    @property
    def status(self) -> str:
        return self.status_at(timezone.now())

    def status_at(self, moment) -> str:
        if self.is_general_box:
            return Status.OPEN
        if moment < self.opens_at:
            return Status.UPCOMING
        if moment >= self.closes_at:
            return Status.CLOSED
        return Status.OPEN

    def get_status_display(self) -> str:
        return Status(self.status).label

    @property
    def is_open(self) -> bool:
        return self.status == Status.OPEN

    @property
    def original(self) -> "Consultation":
        """The row contributions belong to: the first of the translation group."""
        if getattr(self, "_original", None) is None:
            self._original = (
                Consultation.objects.filter(translation_key=self.translation_key)
                .order_by("pk")
                .first()
            ) or self
        return self._original

    def get_url_path(self) -> str:
        if self.is_general_box:
            return f"/{self.locale.language_code}/consultations/{GENERAL_BOX_SLUG}/"
        return f"/{self.locale.language_code}/consultations/{self.slug}/"


class Contribution(models.Model):
    """A proposal or an observation, in a consultation or in the general box."""

    consultation = models.ForeignKey(
        Consultation,
        on_delete=models.PROTECT,
        related_name="contributions",
        verbose_name=_("consultation"),
    )
    reference = models.CharField(
        _("reference number"), max_length=20, unique=True, editable=False
    )
    kind = models.CharField(_("kind"), max_length=16, choices=ContributionKind.choices)
    title = models.CharField(_("title"), max_length=200)
    body = models.TextField(_("text"))
    language = models.CharField(
        _("language"), max_length=2, choices=ContributionLanguage.choices
    )
    region = models.CharField(
        _("region"), max_length=32, choices=Region.choices, blank=True
    )
    attachment = models.FileField(
        _("attachment"), upload_to="contributions/%Y/%m/", blank=True
    )
    attachment_type = models.CharField(max_length=64, blank=True, editable=False)
    status = models.CharField(
        _("status"),
        max_length=24,
        choices=ContributionStatus.choices,
        default=ContributionStatus.PENDING_MODERATION,
        db_index=True,
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contributions",
        verbose_name=_("author"),
    )
    # People without an account: a name (public) and an email (never public).
    author_name = models.CharField(_("name"), max_length=120, blank=True)
    author_email = models.EmailField(_("email"), blank=True)
    email_verified_at = models.DateTimeField(null=True, blank=True, editable=False)
    body_hash = models.CharField(max_length=64, editable=False, db_index=True)
    reject_reason = models.CharField(
        _("reason for rejection"),
        max_length=32,
        choices=RejectReason.choices,
        blank=True,
    )
    moderation_note = models.TextField(_("moderator's explanation"), blank=True)
    submitted_at = models.DateTimeField(default=timezone.now, editable=False)
    published_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["-submitted_at", "-pk"]
        indexes = [models.Index(fields=["consultation", "status", "-submitted_at"])]
        permissions = [
            ("moderate_contribution", _("Can moderate contributions and comments")),
            ("answer_contribution", _("Can answer contributions officially")),
            ("export_contribution", _("Can export contributions")),
        ]

    def __str__(self):
        return f"{self.reference} · {self.title}"

    @property
    def public_author(self) -> str:
        """What the public sees: a chosen public name, never an email."""
        if self.author_id and self.author and self.author.display_name:
            return self.author.display_name
        return self.author_name or str(_("A participant"))

    @property
    def is_public(self) -> bool:
        return self.status == ContributionStatus.PUBLISHED

    def get_url_path(self) -> str:
        return f"{self.consultation.get_url_path()}#contribution-{self.pk}"


class Comment(models.Model):
    """A comment on a consultation or on a published contribution; may reply."""

    consultation = models.ForeignKey(
        Consultation,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="comments",
    )
    contribution = models.ForeignKey(
        Contribution,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="comments",
    )
    parent = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="replies",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="consultation_comments",
    )
    body = models.TextField(_("comment"))
    status = models.CharField(
        max_length=16,
        choices=CommentStatus.choices,
        default=CommentStatus.PUBLISHED,
        db_index=True,
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        ordering = ["created_at", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(consultation__isnull=False, contribution__isnull=True)
                | Q(consultation__isnull=True, contribution__isnull=False),
                name="comment_on_one_thing",
            )
        ]

    def __str__(self):
        return self.body[:60]

    @property
    def public_author(self) -> str:
        if self.author_id and self.author and self.author.display_name:
            return self.author.display_name
        return str(_("A participant"))


class Support(models.Model):
    """One person endorses one contribution, once (a database constraint)."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="supports"
    )
    # Null once the person deleted their account: the count stays, the name goes.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="contribution_supports",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "contribution"], name="one_support_per_person"
            )
        ]

    def __str__(self):
        return f"{self.user_id} → {self.contribution_id}"


class Flag(models.Model):
    """A report that a contribution or a comment breaks the rules."""

    contribution = models.ForeignKey(
        Contribution,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="flags",
    )
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.CASCADE, related_name="flags"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="consultation_flags",
    )
    reason = models.CharField(_("reason"), max_length=16, choices=FlagReason.choices)
    details = models.TextField(_("details"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    resolved_at = models.DateTimeField(null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "contribution"], name="one_flag_per_contribution"
            ),
            models.UniqueConstraint(
                fields=["user", "comment"], name="one_flag_per_comment"
            ),
            models.CheckConstraint(
                condition=Q(contribution__isnull=False, comment__isnull=True)
                | Q(contribution__isnull=True, comment__isnull=False),
                name="flag_on_one_thing",
            ),
        ]

    def __str__(self):
        return self.get_reason_display()


class ModerationAction(models.Model):
    """The audit log: who did what to which contribution or comment, when, why."""

    class Action(models.TextChoices):
        APPROVE = "approve", _("Approved")
        REJECT = "reject", _("Rejected")
        HIDE = "hide", _("Hidden")
        RESTORE = "restore", _("Restored")
        AUTO_HIDE = "auto_hide", _("Hidden after reports")
        ANSWER = "answer", _("Answered")
        CLOSEOUT = "closeout", _("Close-out published")
        EXPORT = "export", _("Exported")

    action = models.CharField(_("action"), max_length=16, choices=Action.choices)
    moderator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("by"),
    )
    consultation = models.ForeignKey(
        Consultation, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    contribution = models.ForeignKey(
        Contribution,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="moderation_actions",
    )
    comment = models.ForeignKey(
        Comment, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.TextField(_("reason"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation log")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.get_action_display()} · {self.created_at:%Y-%m-%d %H:%M}"


class OfficialAnswer(models.Model):
    """The public answer of the administration to one contribution."""

    contribution = models.OneToOneField(
        Contribution, on_delete=models.CASCADE, related_name="answer"
    )
    verdict = models.CharField(_("answer"), max_length=16, choices=Verdict.choices)
    explanation = models.TextField(_("explanation"))
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("official answer")
        verbose_name_plural = _("official answers")

    def __str__(self):
        return self.get_verdict_display()
