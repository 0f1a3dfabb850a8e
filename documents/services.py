"""Writes of the library: text extraction and download counting."""

import datetime
import logging

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import ngettext

from core.cache import invalidate, scopes_of_write
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
    # Committed before the work: if this worker dies, the document says since
    # when it waits (see ``document_requeue_lost_extractions``).
    LibraryDocument.objects.filter(pk=document_id).update(
        extraction_started_at=timezone.now(),
        extraction_attempts=F("extraction_attempts") + 1,
    )
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
        extraction_status=ExtractionStatus.PENDING,
        extraction_error="",
        extraction_started_at=None,
        extraction_attempts=0,
    )
    document_queue_extraction(document=document)


def _lost_after() -> datetime.timedelta:
    """How long an extraction may stay started: well beyond its child's cap."""
    cap = int(getattr(settings, "LIBRARY_EXTRACTION_SECONDS", 60))
    stale = int(getattr(settings, "LIBRARY_EXTRACTION_LOST_SECONDS", 900))
    return datetime.timedelta(seconds=max(stale, 2 * cap + 60))


def document_requeue_lost_extractions(*, now=None) -> tuple[int, int]:
    """Extractions whose worker died: queue them again, or after
    ``LIBRARY_EXTRACTION_ATTEMPTS`` starts mark them failed with a sentence for
    the editor. Returns (requeued, failed).

    An extraction is lost when its document is still "pending" long after it
    was started (``extraction_started_at``): the sandboxed child is killed after
    ``LIBRARY_EXTRACTION_SECONDS``, so only a dead worker leaves it so. Each
    document is claimed by a conditional update, so two runs at once requeue it
    once.
    """
    now = now or timezone.now()
    attempts = int(getattr(settings, "LIBRARY_EXTRACTION_ATTEMPTS", 3))
    lost = LibraryDocument.objects.filter(
        extraction_status=ExtractionStatus.PENDING,
        extraction_started_at__lt=now - _lost_after(),
    ).values_list("pk", "extraction_started_at", "extraction_attempts")
    requeued = failed = 0
    for pk, started_at, count in list(lost):
        claim = LibraryDocument.objects.filter(
            pk=pk,
            extraction_status=ExtractionStatus.PENDING,
            extraction_started_at=started_at,
        )
        if count >= attempts:
            message = ngettext(
                "The text extraction was interrupted %(count)s time (its worker "
                "stopped before the end). Retry it from this page, or replace the "
                "file with a lighter version.",
                "The text extraction was interrupted %(count)s times (its worker "
                "stopped before the end). Retry it from this page, or replace the "
                "file with a lighter version.",
                count,
            ) % {"count": count}
            if claim.update(
                extraction_status=ExtractionStatus.FAILED,
                extraction_error=message,
                extracted_at=now,
            ):
                logger.warning("Text extraction of document %s given up", pk)
                doc = LibraryDocument.objects.get(pk=pk)
                invalidate(*scopes_of_write(doc))
                failed += 1
            continue
        # Counts as the start of the next attempt until the worker takes it.
        if claim.update(extraction_started_at=now):
            logger.warning("Text extraction of document %s requeued", pk)
            document_queue_extraction(document=LibraryDocument(pk=pk))
            requeued += 1
    return requeued, failed


def document_count_download(*, document: LibraryDocument) -> None:
    LibraryDocument.objects.filter(pk=document.pk).update(
        download_count=F("download_count") + 1
    )
