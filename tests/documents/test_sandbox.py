"""Text extraction runs in a child process with a time and a memory cap: a file
that would hold a worker for long, or eat its memory, ends as a failure the
editor reads, never as a document left "pending"."""

import io
import time
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.utils import translation

from documents.models import ExtractionStatus
from documents.sandbox import ExtractionFailed, extract_capped
from tests.factories import LibraryDocumentFactory


def docx_of(paragraphs: int) -> bytes:
    """A DOCX whose body repeats one paragraph: small on the wire (it compresses
    to almost nothing), slow and heavy to read."""
    import docx

    out = io.BytesIO()
    docx.Document().save(out)
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    body = "<w:p><w:r><w:t>Lorem ipsum dolor</w:t></w:r></w:p>" * paragraphs
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w", compression=zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                data = data.replace(b"<w:body>", b"<w:body>" + body.encode(), 1)
            target.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED)
    return result.getvalue()


def test_text_comes_back_from_the_child_process():
    assert extract_capped("سطر أول\nligne deux".encode(), "txt").text == (
        "سطر أول\nligne deux"
    )


def test_a_file_that_takes_too_long_is_stopped_at_the_time_cap(settings):
    settings.LIBRARY_EXTRACTION_SECONDS = 2
    data = docx_of(300_000)
    assert len(data) < 200_000
    started = time.monotonic()
    with pytest.raises(ExtractionFailed):
        extract_capped(data, "docx")
    assert time.monotonic() - started < 6


def test_a_file_that_needs_too_much_memory_is_stopped_at_the_memory_cap(settings):
    settings.LIBRARY_EXTRACTION_MEMORY_MB = 200
    with pytest.raises(ExtractionFailed):
        extract_capped(docx_of(300_000), "docx")


@pytest.mark.django_db
def test_a_document_stopped_by_a_cap_is_marked_failed_with_a_reason(
    settings, django_capture_on_commit_callbacks
):
    settings.LIBRARY_EXTRACTION_SECONDS = 2
    with translation.override("en"), django_capture_on_commit_callbacks(execute=True):
        doc = LibraryDocumentFactory(
            file=ContentFile(docx_of(300_000), name="huge.docx")
        )
    doc.refresh_from_db()
    assert doc.extraction_status == ExtractionStatus.FAILED
    assert "seconds" in doc.extraction_error or "memory" in doc.extraction_error
