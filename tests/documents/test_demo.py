import pytest

from documents import demo
from documents.models import ExtractionStatus, LibraryDocument

pytestmark = pytest.mark.django_db


def test_demo_documents_are_real_pdfs_with_searchable_arabic_and_idempotent(
    homes, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(homes=homes)
    count = LibraryDocument.objects.count()
    assert count == 5
    with django_capture_on_commit_callbacks(execute=True):
        demo.load(homes=homes)
    assert LibraryDocument.objects.count() == count
    charter = LibraryDocument.objects.get(title__startswith="ميثاق")
    assert charter.extraction_status == ExtractionStatus.DONE
    assert "لجنة" in charter.extracted_text
