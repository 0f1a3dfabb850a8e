"""What people write and do: contributions, comments, supports and reports."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.regions import Region

from .choices import (
    CommentStatus,
    ContributionKind,
    ContributionLanguage,
    ContributionStatus,
    FlagReason,
    RejectReason,
)
from .consultation import Consultation

# Replies nest this deep below a first comment (a conversation, readable on a phone).
MAX_COMMENT_DEPTH = 3


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
    # The author changed the text while it awaited moderation.
    edited_at = models.DateTimeField(
        _("edited at"), null=True, blank=True, editable=False
    )
    # The author withdrew it once published: it stays public, marked as withdrawn,
    # and takes no more supports or endorsements (as in Decidim).
    withdrawn_at = models.DateTimeField(
        _("withdrawn at"), null=True, blank=True, editable=False
    )

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

    @property
    def is_withdrawn(self) -> bool:
        return self.withdrawn_at is not None

    def get_url_path(self, language: str | None = None) -> str:
        """Its place on the consultation's page, in ``language`` if given."""
        return f"{self.consultation.get_url_path(language)}#contribution-{self.pk}"


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
    # 0 for a first comment, 1 for a reply, 2 for a reply to a reply... at most
    # ``MAX_COMMENT_DEPTH`` (deeper replies join their parent's level).
    depth = models.PositiveSmallIntegerField(default=0, editable=False)
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

    def get_url_path(self, language: str | None = None) -> str:
        """The comment's permalink: it leads to the page (and place) that shows it."""
        prefix = f"/{language}" if language else ""
        return f"{prefix}/consultations/comments/{self.pk}/"

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


class Endorsement(models.Model):
    """A verified organisation endorses a contribution in its own name, once."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="endorsements"
    )
    organisation = models.ForeignKey(
        "working_groups.Organisation",
        on_delete=models.CASCADE,
        related_name="contribution_endorsements",
        verbose_name=_("organisation"),
    )
    # The representative who acted; null once their account is gone.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="contribution_endorsements",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("endorsement")
        verbose_name_plural = _("endorsements")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "contribution"],
                name="one_endorsement_per_organisation",
            )
        ]

    def __str__(self):
        return f"{self.organisation_id} → {self.contribution_id}"
