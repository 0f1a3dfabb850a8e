"""Hostile files for the upload evidence (``bench.evidence.uploads``), made by
``tests/fixtures/hostile_files.py`` (which the upload tests use too): ``corpus()``
returns them, labelled, with benign controls.
"""

from dataclasses import dataclass

from tests.fixtures.hostile_files import (
    PIXELS,
    docx_bytes,
    docx_paragraphs,
    gif_declaring,
    gif_js_polyglot,
    jpeg_declaring,
    office_zip_bomb,
    pdf,
    pdf_huge_stream,
    plain_zip,
    png_declaring,
    png_of_zeros,
    small_image,
    webp_declaring,
)


@dataclass(frozen=True)
class Sample:
    label: str
    name: str
    content_type: str
    data: bytes
    # The kind a checker would see for a benign control ("" for a hostile file).
    benign: str = ""
    # "refuse": hostile; "accept": a control; "either": accepted where its real
    # kind is: a valid file only heavy to read (its text extraction is capped),
    # a PDF named .jpg (stored as .pdf: the name is not kept but in the library,
    # which refuses it), a GIF/JS polyglot (stored as the PNG it is re-encoded
    # to, without the script).
    expect: str = "refuse"


def corpus() -> list[Sample]:
    """Hostile files, then the benign controls."""
    jpeg = "image/jpeg"
    docx_type = (
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    )
    xlsx_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    return [
        Sample(
            "PNG declaring 9,400 x 9,400",
            "big.png",
            "image/png",
            png_declaring(PIXELS, PIXELS),
        ),
        Sample("JPEG declaring 9,400 x 9,400", "big.jpg", jpeg, jpeg_declaring()),
        Sample("GIF declaring 9,400 x 9,400", "big.gif", "image/gif", gif_declaring()),
        Sample(
            "WebP declaring 9,400 x 9,400", "big.webp", "image/webp", webp_declaring()
        ),
        Sample(
            "PNG decompression bomb (6,000 x 6,000 RGBA of zeros)",
            "bomb.png",
            "image/png",
            png_of_zeros(6000),
        ),
        Sample("TIFF", "scan.tiff", "image/tiff", small_image("TIFF")),
        Sample(
            "DOCX zip bomb (400 MB inside)",
            "plan.docx",
            docx_type,
            office_zip_bomb("docx"),
        ),
        Sample(
            "XLSX zip bomb (400 MB inside)",
            "budget.xlsx",
            xlsx_type,
            office_zip_bomb("xlsx"),
        ),
        Sample("ZIP renamed .docx", "plan.docx", docx_type, plain_zip()),
        Sample(
            "DOCX of 1.2 million paragraphs",
            "long.docx",
            docx_type,
            docx_paragraphs(),
            expect="either",
        ),
        Sample(
            "PDF with a 1 GB stream",
            "report.pdf",
            "application/pdf",
            pdf_huge_stream(),
            expect="either",
        ),
        Sample(
            "GIF/JS polyglot",
            "anim.gif",
            "image/gif",
            gif_js_polyglot(),
            expect="either",
        ),
        Sample("SVG with a script", "logo.svg", "image/svg+xml", svg),
        Sample(
            "HTML named .pdf, sent as PDF",
            "report.pdf",
            "application/pdf",
            b"<html><script>alert(1)</script></html>",
        ),
        Sample(
            "PDF named .jpg, sent as JPEG", "photo.jpg", jpeg, pdf(), expect="either"
        ),
        Sample("0 bytes", "empty.pdf", "application/pdf", b""),
        Sample(
            "26 MB (over every limit)",
            "huge.pdf",
            "application/pdf",
            pdf() + b"%" + b" " * (26 * 1024 * 1024),
        ),
        Sample(
            "control: JPEG photo",
            "photo.jpg",
            jpeg,
            small_image("JPEG"),
            "jpeg",
            "accept",
        ),
        Sample("control: PDF", "note.pdf", "application/pdf", pdf(), "pdf", "accept"),
        Sample("control: DOCX", "note.docx", docx_type, docx_bytes(), "docx", "accept"),
    ]
