"""Demo documents: the steering committee charter and the report of the
30 September 2022 meeting as Arabic PDFs generated from the corrected seed texts,
plus French versions and a French guide. Idempotent: documents are found by title.
"""

from django.core.files.base import ContentFile

from demo.data import library

from .models import ExtractionStatus, LibraryDocument
from .pdf import find_font, text_to_pdf


def load(*, homes) -> str:
    if not find_font():
        note = " (no Arabic font found: Arabic PDFs drawn in Helvetica)"
    else:
        note = ""
    created = 0
    for spec in library.documents():
        if LibraryDocument.objects.filter(title=spec["title"]).exists():
            continue
        data = text_to_pdf(spec["text"](), title=spec["title"], rtl=spec["rtl"])
        doc = LibraryDocument(
            title=spec["title"],
            language=spec["language"],
            category=spec["category"],
            publication_date=spec["date"],
            issuing_body=spec["issuing_body"],
            summary=spec["summary"],
            extraction_status=ExtractionStatus.PENDING,
        )
        doc.file.save(spec["filename"], ContentFile(data), save=False)
        doc.save()
        doc.tags.add(*spec["tags"])
        created += 1
    total = LibraryDocument.objects.count()
    return f"{created} documents added, {total} in the library{note}"
