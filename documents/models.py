"""The reports library: Wagtail documents with the metadata researchers filter on."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument


class Category(models.TextChoices):
    # The four categories of the portal's library (seed 001), plus two of the modules.
    COMMUNITY_REPORTS = "community_reports", _("Community reports")
    GUIDES = "guides", _("Guides and references")
    COMMUNICATION = "communication", _("Communication tools")
    STUDIES = "studies", _("Studies and reports")
    MINUTES = "minutes", _("Meeting minutes")
    ACTION_PLANS = "action_plans", _("Action-plan documents")


class FileLanguage(models.TextChoices):
    AR = "ar", _("Arabic")
    FR = "fr", _("French")
    EN = "en", _("English")
    MULTI = "multi", _("Several languages")


class ExtractionStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for text extraction")
    DONE = "done", _("Text extracted")
    NO_TEXT = "no_text", _("No text layer (scanned document)")
    FAILED = "failed", _("Extraction failed")


class LibraryDocument(AbstractDocument):
    category = models.CharField(
        _("category"), max_length=32, choices=Category.choices, default=Category.STUDIES
    )
    language = models.CharField(
        _("language of the file"),
        max_length=8,
        choices=FileLanguage.choices,
        default=FileLanguage.AR,
    )
    publication_date = models.DateField(_("publication date"), null=True, blank=True)
    issuing_body = models.CharField(_("issuing body"), max_length=255, blank=True)
    summary = models.TextField(_("summary"), blank=True)
    related_pages = models.ManyToManyField(
        "wagtailcore.Page",
        verbose_name=_("related pages"),
        blank=True,
        related_name="library_documents",
    )
    extracted_text = models.TextField(_("extracted text"), blank=True, editable=False)
    extraction_status = models.CharField(
        _("text extraction"),
        max_length=16,
        choices=ExtractionStatus.choices,
        default=ExtractionStatus.PENDING,
        editable=False,
    )
    download_count = models.PositiveIntegerField(
        _("downloads"), default=0, editable=False
    )

    admin_form_fields = WagtailDocument.admin_form_fields + (
        "category",
        "language",
        "publication_date",
        "issuing_body",
        "summary",
        "related_pages",
    )

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")
