"""Hostile files for the upload evidence (``bench.evidence.uploads``), made here
rather than stored: each is a few bytes to a few MB on the wire and declares, or
unpacks to, far more. ``corpus()`` returns them with benign controls.
"""

import io
import struct
import zipfile
import zlib
from dataclasses import dataclass

from PIL import Image

PIXELS = 9400  # a side: 88 million pixels, over the 40 million cap


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


def _chunk(kind: bytes, data: bytes) -> bytes:
    crc = struct.pack(">I", zlib.crc32(kind + data))
    return struct.pack(">I", len(data)) + kind + data + crc


def png(width: int, height: int, pixels: bytes, mode: int = 2) -> bytes:
    header = struct.pack(">IIBBBBB", width, height, 8, mode, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", pixels)
        + _chunk(b"IEND", b"")
    )


def png_bomb(side: int = 6000) -> bytes:
    """A real RGBA PNG under the pixel cap (36 million pixels) whose rows are
    all zeros: about 140 MB decoded, a few hundred KB on the wire."""
    compressor = zlib.compressobj(9)
    row = b"\x00" * (1 + side * 4)
    parts = [compressor.compress(row) for _ in range(side)]
    parts.append(compressor.flush())
    return png(side, side, b"".join(parts), mode=6)


def _small(fmt: str, **options) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (16, 12), "teal").save(out, format=fmt, **options)
    return out.getvalue()


def jpeg_declaring(side: int = PIXELS) -> bytes:
    data = bytearray(_small("JPEG"))
    at = data.index(b"\xff\xc0") + 5  # SOF0: length(2) precision(1) height width
    data[at : at + 4] = struct.pack(">HH", side, side)
    return bytes(data)


def gif_declaring(side: int = PIXELS) -> bytes:
    data = bytearray(_small("GIF"))
    data[6:10] = struct.pack("<HH", side, side)  # the logical screen
    at = data.index(b"\x2c")  # the image descriptor: left, top, width, height
    data[at + 5 : at + 9] = struct.pack("<HH", side, side)
    return bytes(data)


def webp_declaring(side: int = PIXELS) -> bytes:
    """A VP8X header announcing a ``side`` x ``side`` canvas before a tiny image."""
    inner = _small("WEBP", lossless=True)[12:]  # the VP8L chunk
    size = struct.pack("<I", side - 1)[:3]
    vp8x = b"VP8X" + struct.pack("<I", 10) + b"\x00\x00\x00\x00" + size + size
    body = b"WEBP" + vp8x + inner
    return b"RIFF" + struct.pack("<I", len(body)) + body


def tiff() -> bytes:
    return _small("TIFF")


def docx_bytes(document_xml: bytes | None = None) -> bytes:
    import docx

    out = io.BytesIO()
    docx.Document().save(out)
    if document_xml is None:
        return out.getvalue()
    source = zipfile.ZipFile(io.BytesIO(out.getvalue()))
    result = io.BytesIO()
    with zipfile.ZipFile(result, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename == "word/document.xml":
                body = document_xml
            archive.writestr(item.filename, body)
    return result.getvalue()


def docx_paragraphs(count: int = 1_200_000) -> bytes:
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    paragraph = b"<w:p><w:r><w:t>Lorem ipsum</w:t></w:r></w:p>"
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{ns}"><w:body>'.encode()
        + paragraph * count
        + b"</w:body></w:document>"
    )
    return docx_bytes(xml)


def office_zip_bomb(kind: str = "docx", megabytes: int = 400) -> bytes:
    """A real DOCX (or an XLSX-named copy) with one entry of zeros unpacking to
    ``megabytes``."""
    out = io.BytesIO(docx_bytes() if kind == "docx" else xlsx_bytes())
    with zipfile.ZipFile(out, "a", compression=zipfile.ZIP_DEFLATED) as archive:
        with archive.open("docProps/zeros.bin", "w", force_zip64=True) as entry:
            chunk = bytes(1024 * 1024)
            for _ in range(megabytes):
                entry.write(chunk)
    return out.getvalue()


def xlsx_bytes() -> bytes:
    from openpyxl import Workbook

    out = io.BytesIO()
    Workbook().save(out)
    return out.getvalue()


def plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("notes.txt", "not a document")
    return out.getvalue()


def pdf(stream: bytes = b"BT /F1 12 Tf 72 712 Td (Bonjour) Tj ET") -> bytes:
    """A one-page PDF whose content stream is ``stream`` (Flate when compressed)."""
    flate = stream[:2] == b"x\xda"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d%s >>\nstream\n"
        % (len(stream), b" /Filter /FlateDecode" * flate)
        + stream
        + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def pdf_huge_stream(megabytes: int = 1024) -> bytes:
    compressor = zlib.compressobj(9)
    block = b" " * (1024 * 1024)
    parts = [compressor.compress(block) for _ in range(megabytes)]
    return pdf(b"".join(parts) + compressor.flush())


def gif_js_polyglot() -> bytes:
    """A GIF whose bytes are also a script: ``GIF89a/*...*/=alert(1)//``."""
    data = bytearray(_small("GIF"))
    data[6:8] = b"/*"  # the width: 10,799 pixels, and the opening of a comment
    return bytes(data) + b"*/=alert(document.domain)//"


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
            png(PIXELS, PIXELS, zlib.compress(b"\x00" * 64)),
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
            png_bomb(),
        ),
        Sample("TIFF", "scan.tiff", "image/tiff", tiff()),
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
            "control: JPEG photo", "photo.jpg", jpeg, _small("JPEG"), "jpeg", "accept"
        ),
        Sample("control: PDF", "note.pdf", "application/pdf", pdf(), "pdf", "accept"),
        Sample("control: DOCX", "note.docx", docx_type, docx_bytes(), "docx", "accept"),
    ]
