"""The reports library: Wagtail documents with the metadata researchers filter on."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument
from wagtail.documents.models import Document as WagtailDocument
from wagtail.search import index


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
    extraction_error = models.TextField(
        _("extraction error"), blank=True, editable=False
    )
    extracted_at = models.DateTimeField(
        _("text extracted at"), null=True, blank=True, editable=False
    )
    # When the current extraction was started (or queued again after its worker
    # was lost), and how many times it was started for this file: a document
    # still "pending" long after is requeued by `manage.py requeue_extractions`.
    extraction_started_at = models.DateTimeField(
        _("text extraction started at"), null=True, blank=True, editable=False
    )
    extraction_attempts = models.PositiveSmallIntegerField(
        _("text extraction attempts"), default=0, editable=False
    )
    download_count = models.PositiveIntegerField(
        _("downloads"), default=0, editable=False
    )

    # Editors find documents by their text too (Wagtail's admin search).
    search_fields = AbstractDocument.search_fields + [
        index.SearchField("summary"),
        index.SearchField("issuing_body"),
        index.SearchField("extracted_text"),
        index.FilterField("category"),
        index.FilterField("language"),
    ]

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
        indexes = [models.Index(fields=["category", "publication_date"])]

    @classmethod
    def from_db(cls, db, field_names, values):
        instance = super().from_db(db, field_names, values)
        instance._loaded_file = instance.__dict__.get("file") and instance.file.name
        return instance

    def save(self, *args, **kwargs):
        # A new or replaced file waits for its text (extracted by a task on commit).
        if self._state.adding or getattr(self, "_loaded_file", None) != self.file.name:
            self.extraction_status = ExtractionStatus.PENDING
            self.extraction_started_at = None
            self.extraction_attempts = 0
            # The size shown on the library pages, known at once whoever uploads.
            try:
                self.file_size = self.file.size if self.file else None
            except OSError:
                self.file_size = None
            update = kwargs.get("update_fields")
            if update is not None:
                kwargs["update_fields"] = set(update) | {
                    "extraction_status",
                    "extraction_started_at",
                    "extraction_attempts",
                    "file_size",
                }
        super().save(*args, **kwargs)
        self._loaded_file = self.file.name

    @property
    def public_date(self):
        return self.publication_date or self.created_at.date()

    @property
    def extension(self) -> str:
        return self.file_extension.lower()

    @property
    def has_text(self) -> bool:
        return self.extraction_status == ExtractionStatus.DONE
