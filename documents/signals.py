"""A new or replaced file gets its text extracted once the upload commits."""

from django.db.models.signals import post_save

from .models import ExtractionStatus, LibraryDocument


def _queue_extraction(sender, instance, created, raw=False, **kwargs):
    if raw:
        return
    if instance.extraction_status == ExtractionStatus.PENDING:
        from .services import document_queue_extraction

        document_queue_extraction(document=instance)


def connect():
    post_save.connect(
        _queue_extraction, sender=LibraryDocument, dispatch_uid="library_extract"
    )
