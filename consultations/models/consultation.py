"""A consultation, in each of its languages (a translation set)."""

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
from core.translation import TranslatedQuerySet, TranslationSetMixin

from .choices import GENERAL_BOX_SLUG, ModerationMode, Status


def status_at(opens_at, closes_at, is_general_box: bool, moment) -> str:
    """A consultation's status at ``moment``: it changes with time, without a
    write, so what is stored for a list never holds it."""
    if is_general_box:
        return Status.OPEN
    if moment < opens_at:
        return Status.UPCOMING
    if moment >= closes_at:
        return Status.CLOSED
    return Status.OPEN


class ConsultationTag(TaggedItemBase):
    content_object = models.ForeignKey(
        "consultations.Consultation",
        on_delete=models.CASCADE,
        related_name="tagged_items",
    )


class Consultation(TranslationSetMixin, TranslatableMixin, models.Model):
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
    region = models.CharField(
        _("region"),
        max_length=40,
        choices=Region.choices,
        blank=True,
        help_text=_("Leave empty for a national consultation."),
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

    objects = TranslatedQuerySet.as_manager()

    # What translators translate; the rest (the address, dates, settings, the
    # synthesis file) stays the same in every language. Documents are read from
    # the source row; themes are each language's own tags.
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
        SynchronizedField("region"),
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
        return status_at(self.opens_at, self.closes_at, self.is_general_box, moment)

    def get_status_display(self) -> str:
        return Status(self.status).label

    @property
    def is_open(self) -> bool:
        return self.status == Status.OPEN

    def get_url_path(self, language: str | None = None) -> str:
        """The consultation's page in ``language``, else in this row's language.

        The address is the same in every language but its prefix: a page asked in
        a language the consultation is not translated into shows its source.
        """
        language = language or self.locale.language_code
        if self.is_general_box:
            return f"/{language}/consultations/{GENERAL_BOX_SLUG}/"
        return f"/{language}/consultations/{self.slug}/"
