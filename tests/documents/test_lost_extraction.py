"""An extraction whose worker died is requeued, then given up with a sentence
for the editor (``manage.py requeue_extractions``)."""

import datetime
import io

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.utils import timezone

from documents import services
from documents.models import ExtractionStatus, LibraryDocument
from tests.factories import LibraryDocumentFactory

pytestmark = pytest.mark.django_db


class WorkerKilled(BaseException):
    """What a ``kill -9`` of the task worker looks like from the document: the
    extraction started and nothing after it ran."""


def killed(data, extension):
    raise WorkerKilled


def _upload_and_kill_the_worker(monkeypatch, django_capture_on_commit_callbacks):
    monkeypatch.setattr(services, "extract_capped", killed)
    # The task backend records the task as failed; nothing else ran.
    with django_capture_on_commit_callbacks(execute=True):
        LibraryDocumentFactory(
            file=ContentFile(b"Texte du rapport annuel.\n", name="rapport.txt")
        )
    monkeypatch.undo()
    return LibraryDocument.objects.get()


def _later(doc, minutes):
    LibraryDocument.objects.filter(pk=doc.pk).update(
        extraction_started_at=timezone.now() - datetime.timedelta(minutes=minutes)
    )


def _requeue(django_capture_on_commit_callbacks):
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("requeue_extractions", stdout=out)
    return out.getvalue()


def test_an_extraction_lost_with_its_worker_is_requeued_and_finishes(
    monkeypatch, django_capture_on_commit_callbacks
):
    doc = _upload_and_kill_the_worker(monkeypatch, django_capture_on_commit_callbacks)
    assert doc.extraction_status == ExtractionStatus.PENDING
    assert doc.extraction_started_at is not None
    assert doc.extraction_attempts == 1

    # Soon after, it may still be running elsewhere: left alone.
    assert _requeue(django_capture_on_commit_callbacks).startswith("0 extraction")
    _later(doc, 60)
    assert _requeue(django_capture_on_commit_callbacks).startswith("1 extraction")
    doc.refresh_from_db()
    assert doc.extraction_status == ExtractionStatus.DONE
    assert "rapport annuel" in doc.extracted_text
    assert doc.extraction_attempts == 2


def test_after_three_lost_attempts_the_editor_reads_why_it_failed(
    monkeypatch, django_capture_on_commit_callbacks, settings
):
    settings.LIBRARY_EXTRACTION_ATTEMPTS = 3
    doc = _upload_and_kill_the_worker(monkeypatch, django_capture_on_commit_callbacks)
    for _attempt in range(2):  # the worker dies every time on this file
        _later(doc, 60)
        monkeypatch.setattr(services, "extract_capped", killed)
        assert _requeue(django_capture_on_commit_callbacks).startswith("1 extraction")
        monkeypatch.undo()
    doc.refresh_from_db()
    assert doc.extraction_attempts == 3
    assert doc.extraction_status == ExtractionStatus.PENDING
    _later(doc, 60)
    assert "1 given up" in _requeue(django_capture_on_commit_callbacks)
    doc.refresh_from_db()
    assert doc.extraction_status == ExtractionStatus.FAILED
    # In the portal's language (Arabic), with its plural forms.
    assert doc.extraction_error.startswith("توقف استخراج النص 3 مرات")


def test_finished_and_recent_extractions_are_left_alone(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        done = LibraryDocumentFactory()
    done.refresh_from_db()
    assert done.extraction_status == ExtractionStatus.DONE
    _later(done, 600)
    assert _requeue(django_capture_on_commit_callbacks).startswith("0 extraction")
    done.refresh_from_db()
    assert done.extraction_status == ExtractionStatus.DONE


def test_the_editor_sees_the_sentence_on_the_extraction_page(
    client, editor, monkeypatch, django_capture_on_commit_callbacks, settings
):
    settings.LIBRARY_EXTRACTION_ATTEMPTS = 1
    doc = _upload_and_kill_the_worker(monkeypatch, django_capture_on_commit_callbacks)
    _later(doc, 60)
    _requeue(django_capture_on_commit_callbacks)
    client.force_login(editor)
    page = client.get("/admin/library/extraction/")
    assert page.status_code == 200
    assert "توقف استخراج النص مرة واحدة" in page.content.decode()
