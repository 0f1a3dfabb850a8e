"""Newsletters: what editors write (one row per language), who subscribed, and
each mailing with one delivery row per subscriber, so that sending can stop and
resume without sending anyone twice."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.fields import RichTextField, StreamField
from wagtail.models import TranslatableMixin
from wagtail.snippets.blocks import SnippetChooserBlock
from wagtail_localize.fields import TranslatableField

from core.translation import TranslatedQuerySet, TranslationSetMixin

LANGUAGES = [("ar", "العربية"), ("fr", "Français"), ("en", "English")]


class Newsletter(TranslationSetMixin, TranslatableMixin, models.Model):
    subject = models.CharField(_("subject"), max_length=200)
    intro = RichTextField(_("introduction"), blank=True)
    content = StreamField(
        [
            (
                "news",
                blocks.PageChooserBlock(page_type="cms.NewsPage", label=_("News")),
            ),
            (
                "consultation",
                SnippetChooserBlock(
                    "consultations.Consultation", label=_("Consultation")
                ),
            ),
            ("event", SnippetChooserBlock("events.Event", label=_("Event"))),
            ("text", blocks.RichTextBlock(label=_("Text"))),
        ],
        blank=True,
        verbose_name=_("content"),
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    objects = TranslatedQuerySet.as_manager()

    translatable_fields = [
        TranslatableField("subject"),
        TranslatableField("intro"),
        TranslatableField("content"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("newsletter")
        verbose_name_plural = _("newsletters")
        ordering = ["-created_at", "-pk"]
        permissions = [("send_newsletter", _("Can send a newsletter"))]

    def __str__(self):
        return self.subject


class Subscriber(models.Model):
    """An email address that asked for the newsletter (double opt-in)."""

    email = models.EmailField(_("email"), unique=True)
    language = models.CharField(
        _("language"), max_length=2, choices=LANGUAGES, default="ar"
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter subscriber")
        verbose_name_plural = _("newsletter subscribers")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email

    @property
    def is_active(self) -> bool:
        return self.confirmed_at is not None and self.unsubscribed_at is None


class SendingStatus(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENDING = "sending", _("Sending")
    DONE = "done", _("Sent")


class Sending(models.Model):
    """One mailing of one newsletter's language to that language's subscribers."""

    newsletter = models.ForeignKey(
        Newsletter, on_delete=models.PROTECT, related_name="sendings"
    )
    language = models.CharField(max_length=2, choices=LANGUAGES)
    status = models.CharField(
        max_length=10, choices=SendingStatus.choices, default=SendingStatus.QUEUED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("newsletter mailing")
        verbose_name_plural = _("newsletter mailings")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.newsletter} ({self.language})"


class DeliveryStatus(models.TextChoices):
    PENDING = "pending", _("Waiting")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")
    UNSUBSCRIBED = "unsubscribed", _("Unsubscribed before their turn")


class Delivery(models.Model):
    sending = models.ForeignKey(
        Sending, on_delete=models.CASCADE, related_name="deliveries"
    )
    # Null once the subscriber is erased: the counts stay, the address goes.
    subscriber = models.ForeignKey(
        Subscriber, null=True, on_delete=models.SET_NULL, related_name="deliveries"
    )
    status = models.CharField(
        max_length=12,
        choices=DeliveryStatus.choices,
        default=DeliveryStatus.PENDING,
        db_index=True,
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    error = models.CharField(max_length=200, blank=True)

    class Meta:
        verbose_name = _("newsletter delivery")
        verbose_name_plural = _("newsletter deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["sending", "subscriber"], name="one_delivery_per_subscriber"
            )
        ]

    def __str__(self):
        return f"{self.sending_id}/{self.subscriber_id}: {self.status}"
