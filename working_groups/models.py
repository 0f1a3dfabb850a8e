"""Civil-society organisations (CSOs), working groups, applications and memberships.

A CSO is an entity, not an account: people represent it. Its legal name is data in
both languages (``name_ar``, ``name_fr``), not a translation. Working groups are
editorial content, translatable with wagtail-localize; applications, memberships and
coordinators always attach to the group's *source* row (the first of its
translations), so that every language shows the same members.
"""

from django.conf import settings
from django.core.validators import FileExtensionValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from taggit.managers import TaggableManager
from taggit.models import TaggedItemBase
from wagtail.models import TranslatableMixin

from core.regions import Region
from core.translation import TranslatedQuerySet, TranslationSetMixin

from .validators import validate_document_type, validate_image_type


class Theme(models.TextChoices):
    """Open-government themes of thematic groups."""

    TRANSPARENCY = "transparency", _("Transparency and access to information")
    PARTICIPATION = "participation", _("Citizen participation")
    INTEGRITY = "integrity", _("Integrity and fight against corruption")
    ACCOUNTABILITY = "accountability", _("Accountability")
    DIGITAL = "digital", _("Digital government and open data")
    INCLUSION = "inclusion", _("Inclusion, gender and youth")


class OrganisationTag(TaggedItemBase):
    content_object = models.ForeignKey(
        "working_groups.Organisation",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class OrganisationQuerySet(models.QuerySet):
    def verified(self):
        """What the public sees: organisations the secretariat verified."""
        return self.filter(verified=True)


class Organisation(models.Model):
    name_ar = models.CharField(_("name in Arabic"), max_length=200)
    name_fr = models.CharField(_("name in French"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=True)
    registration_number = models.CharField(
        _("legal registration number"),
        max_length=60,
        unique=True,
        help_text=_("The number of the receipt of the legal declaration."),
    )
    region = models.CharField(_("region"), max_length=40, choices=Region.choices)
    province = models.CharField(_("province or prefecture"), max_length=100)
    fields_of_action = TaggableManager(
        through=OrganisationTag, blank=True, verbose_name=_("fields of action")
    )
    website = models.URLField(_("website"), blank=True)
    presentation = models.TextField(_("short presentation"), max_length=2000)
    logo = models.ImageField(
        _("logo"),
        upload_to="organisations/logos/",
        blank=True,
        validators=[
            FileExtensionValidator(["png", "jpg", "jpeg", "webp"]),
            validate_image_type,
        ],
    )
    # Private contact details: never in the API, pages, feeds or search.
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    representatives = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        through="Representative",
        related_name="organisations",
        verbose_name=_("representatives"),
    )
    verified = models.BooleanField(_("verified"), default=False)
    verified_at = models.DateTimeField(_("verified at"), null=True, blank=True)
    verified_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("verified by"),
    )
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name_fr"]

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("organisation_detail", kwargs={"slug": self.slug})

    @property
    def name(self) -> str:
        """The name in the reader's language (Arabic, or French otherwise)."""
        if translation.get_language() == "ar":
            return self.name_ar or self.name_fr
        return self.name_fr or self.name_ar

    @property
    def other_name(self) -> str:
        return self.name_fr if translation.get_language() == "ar" else self.name_ar


class Representative(models.Model):
    """A person who acts for a CSO; a person may represent several CSOs."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="representative_links"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="representative_links",
    )
    role = models.CharField(_("role"), max_length=100, blank=True)
    added_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("representative")
        verbose_name_plural = _("representatives")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "user"], name="unique_representative"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"


class GroupKind(models.TextChoices):
    THEMATIC = "thematic", _("Thematic")
    TERRITORIAL = "territorial", _("Territorial")


class WorkingGroup(TranslationSetMixin, TranslatableMixin, models.Model):
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=True)
    kind = models.CharField(_("kind"), max_length=20, choices=GroupKind.choices)
    theme = models.CharField(
        _("theme"),
        max_length=30,
        choices=Theme.choices,
        blank=True,
        help_text=_("For thematic groups."),
    )
    region = models.CharField(
        _("region"),
        max_length=40,
        choices=Region.choices,
        blank=True,
        help_text=_("For territorial groups."),
    )
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    is_open = models.BooleanField(
        _("open to applications"),
        default=True,
        help_text=_("Organisations may apply to join while the group is open."),
    )
    is_public = models.BooleanField(_("public"), default=True)
    coordinators = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        blank=True,
        related_name="coordinated_groups",
        verbose_name=_("coordinators"),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = TranslatedQuerySet.as_manager()

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")
        ordering = ["kind", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_working_group_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("working_group_detail", kwargs={"slug": self.slug})

    def clean(self):
        from django.core.exceptions import ValidationError

        if self.kind == GroupKind.THEMATIC and not self.theme:
            raise ValidationError({"theme": _("A thematic group needs a theme.")})
        if self.kind == GroupKind.TERRITORIAL and not self.region:
            raise ValidationError({"region": _("A territorial group needs a region.")})


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", pgettext_lazy("application status", "Pending")
    APPROVED = "approved", pgettext_lazy("application status", "Approved")
    REJECTED = "rejected", pgettext_lazy("application status", "Rejected")
    WITHDRAWN = "withdrawn", pgettext_lazy("application status", "Withdrawn")


class MembershipApplication(models.Model):
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="applications"
    )
    group = models.ForeignKey(
        WorkingGroup, on_delete=models.CASCADE, related_name="applications"
    )
    motivation = models.TextField(_("motivation"), max_length=4000)
    document = models.FileField(
        _("supporting document"),
        upload_to="working_groups/applications/%Y/%m/",
        blank=True,
        validators=[
            FileExtensionValidator(["pdf", "docx", "odt", "png", "jpg", "jpeg"]),
            validate_document_type,
        ],
        help_text=_("Optional: PDF, DOCX, ODT, PNG or JPEG, at most 10 MB."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.PENDING,
    )
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("submitted by"),
    )
    submitted_at = models.DateTimeField(_("submitted at"), default=timezone.now)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decision_reason = models.TextField(_("reason"), blank=True)

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["-submitted_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "group"],
                condition=Q(status="pending"),
                name="one_pending_application_per_group",
            )
        ]

    def __str__(self):
        return f"{self.organisation} → {self.group}"


class Membership(models.Model):
    """One period of membership; leaving closes it, re-joining opens a new one."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships"
    )
    group = models.ForeignKey(
        WorkingGroup, on_delete=models.CASCADE, related_name="memberships"
    )
    application = models.ForeignKey(
        MembershipApplication, on_delete=models.SET_NULL, null=True, blank=True
    )
    joined_at = models.DateTimeField(_("joined at"), default=timezone.now)
    left_at = models.DateTimeField(_("left at"), null=True, blank=True)
    left_reason = models.CharField(_("reason for leaving"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["-joined_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "group"],
                condition=Q(left_at__isnull=True),
                name="one_active_membership_per_group",
            )
        ]

    def __str__(self):
        return f"{self.organisation} ∈ {self.group}"

    @property
    def is_active(self) -> bool:
        return self.left_at is None


from .records import GroupDecision, GroupNews  # noqa: E402 - news and decisions

__all__ = [
    "ApplicationStatus",
    "GroupDecision",
    "GroupKind",
    "GroupNews",
    "Membership",
    "MembershipApplication",
    "Organisation",
    "OrganisationTag",
    "Region",
    "Representative",
    "Theme",
    "WorkingGroup",
]
