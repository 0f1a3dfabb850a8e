"""Writes of the library: text extraction and download counting."""

import logging

from django.db import transaction
from django.db.models import F
from django.utils import timezone

from core.errors import Forbidden

from .extraction import NoText
from .models import ExtractionStatus, LibraryDocument
from .sandbox import ExtractionFailed, extract_capped

logger = logging.getLogger(__name__)


def document_extract_text(*, document_id: int) -> str:
    """Extract the file's text; a scan is marked ``no_text`` and stays published.

    The extraction runs in a child process with a time and memory cap
    (``documents.sandbox``), in the task worker. Failures are recorded on the
    document with a sentence the editor reads (never left "pending"), and the
    document stays downloadable whatever happens here.
    """
    doc = LibraryDocument.objects.filter(pk=document_id).first()
    if doc is None:
        return "missing"
    status, text, error = ExtractionStatus.DONE, "", ""
    try:
        with doc.open_file() as handle:
            data = handle.read()
        text = extract_capped(data, doc.extension).text
    except NoText:
        status = ExtractionStatus.NO_TEXT
    except ExtractionFailed as exc:
        logger.warning("Text extraction failed for document %s: %s", doc.pk, exc)
        status, error = ExtractionStatus.FAILED, str(exc)[:1000]
    except Exception as exc:  # a damaged file must not break the queue
        logger.warning("Text extraction failed for document %s: %s", doc.pk, exc)
        status, error = ExtractionStatus.FAILED, str(exc)[:1000]
    with transaction.atomic():
        doc = LibraryDocument.objects.select_for_update().get(pk=document_id)
        doc.extracted_text = text
        doc.extraction_status = status
        doc.extraction_error = error
        doc.extracted_at = timezone.now()
        # A plain save so that the search index hears of the new text.
        doc._loaded_file = doc.file.name
        doc.save(
            update_fields=[
                "extracted_text",
                "extraction_status",
                "extraction_error",
                "extracted_at",
            ]
        )
    return status


def document_queue_extraction(*, document: LibraryDocument) -> None:
    from .tasks import extract_text_task

    pk = document.pk
    transaction.on_commit(lambda: extract_text_task.enqueue(pk), robust=True)


def document_retry_extraction(*, document: LibraryDocument, by) -> None:
    """Mark the document as waiting for its text again and queue the extraction."""
    if not by.has_perm("library.manage_extraction"):
        raise Forbidden()
    LibraryDocument.objects.filter(pk=document.pk).update(
        extraction_status=ExtractionStatus.PENDING, extraction_error=""
    )
    document_queue_extraction(document=document)


def document_count_download(*, document: LibraryDocument) -> None:
    LibraryDocument.objects.filter(pk=document.pk).update(
        download_count=F("download_count") + 1
    )
