"""Text out of uploaded files, in logical reading order.

PDF with pypdf (pdfminer.six as a second opinion when pypdf finds nothing or
fails), DOCX with python-docx, ODT/ODS with odfpy, XLSX with openpyxl, CSV and
plain text decoded as UTF-8 (Windows-1256 or Latin-1 as a fallback).

Many Arabic PDFs are written by generators that shape the text themselves: the
file then holds presentation forms (ﻟﺠﻨﺔ) laid out right to left, so a naive
extraction gives each line backwards. When presentation forms are present, the
text is folded to plain letters (NFKC) and each line is put back in logical order
with the Unicode bidirectional algorithm (python-bidi).
"""

import csv
import io
import logging
import re
import unicodedata
from dataclasses import dataclass

logger = logging.getLogger(__name__)

PRESENTATION_FORMS = re.compile(r"[\uFB50-\uFDFF\uFE70-\uFEFF]")
ARABIC = re.compile(r"[\u0600-\u06FF]")
LAM_ALEF = re.compile(r"[\uFEF5-\uFEFC]")
ARABIC_WORD = re.compile(r"[\u0621-\u064A]+")
# Below this many letters per page, a PDF is taken for a scan without a text layer.
MIN_LETTERS_PER_PAGE = 20
MAX_CHARS = 2_000_000


class NoText(Exception):
    """The file holds no extractable text (a scan, an image-only PDF)."""


@dataclass
class Extracted:
    text: str
    pages: int = 0


def looks_reversed(line: str) -> bool:
    """Whether an Arabic line reads backwards (visual order).

    Backwards, the article ال shows as لا at word ends and ة starts words, which
    never happens in logical order.
    """
    visual = logical = 0
    for word in ARABIC_WORD.findall(line):
        if len(word) < 3:
            continue
        visual += word[0] in "ةى" or word.endswith("لا")
        logical += word.startswith("ال") or word[-1] in "ةى"
    return visual > logical


def fix_visual_arabic(text: str) -> str:
    """Shaped or visually ordered Arabic back to plain letters in logical order."""
    if not ARABIC.search(text) and not PRESENTATION_FORMS.search(text):
        return text
    from bidi import get_display

    lines = []
    for line in text.splitlines():
        shaped = PRESENTATION_FORMS.search(line)
        plain = unicodedata.normalize("NFKC", line) if shaped else line
        if ARABIC.search(plain) and looks_reversed(plain):
            # Lam-alef ligatures decompose as lam+alef: backwards, that is alef+lam.
            line = LAM_ALEF.sub(
                lambda m: unicodedata.normalize("NFKC", m[0])[::-1], line
            )
            line = unicodedata.normalize("NFKC", line)
            # The algorithm is its own inverse for right-to-left lines.
            line = get_display(line, base_dir="R")
        else:
            line = plain
        lines.append(line)
    return "\n".join(lines)


def _pdf(data: bytes) -> Extracted:
    """pdfminer.six first (its layout analysis keeps numbers in place in Arabic
    lines), pypdf when pdfminer fails."""
    pages = 0
    text = ""
    try:
        from pypdf import PdfReader

        reader = PdfReader(io.BytesIO(data))
        pages = len(reader.pages)
    except Exception as exc:
        raise ValueError(f"unreadable PDF: {exc}") from exc
    try:
        from pdfminer.high_level import extract_text

        text = extract_text(io.BytesIO(data)) or ""
    except Exception as exc:
        logger.info("pdfminer could not read the file (%s); trying pypdf", exc)
        text = "\n".join((p.extract_text() or "") for p in reader.pages)
    letters = sum(1 for c in text if c.isalpha())
    if letters < MIN_LETTERS_PER_PAGE * max(1, min(pages, 3)):
        raise NoText()
    text = re.sub(r"\n{3,}", "\n\n", text.replace("\x0c", "\n"))
    return Extracted(fix_visual_arabic(text), pages)


def _docx(data: bytes) -> Extracted:
    import docx

    d = docx.Document(io.BytesIO(data))
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.append(" | ".join(cell.text for cell in row.cells))
    return Extracted("\n".join(parts))


def _odf(data: bytes) -> Extracted:
    from odf import teletype, text
    from odf.opendocument import load
    from odf.table import TableCell

    doc = load(io.BytesIO(data))
    parts = [teletype.extractText(el) for el in doc.getElementsByType(text.H)]
    parts += [teletype.extractText(el) for el in doc.getElementsByType(text.P)]
    if not any(p.strip() for p in parts):
        parts = [teletype.extractText(c) for c in doc.getElementsByType(TableCell)]
    return Extracted("\n".join(p for p in parts if p))


def _xlsx(data: bytes) -> Extracted:
    from openpyxl import load_workbook

    wb = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    lines = []
    for ws in wb.worksheets:
        lines.append(ws.title)
        for row in ws.iter_rows(values_only=True):
            cells = [str(v) for v in row if v not in (None, "")]
            if cells:
                lines.append(" | ".join(cells))
    return Extracted("\n".join(lines))


def decode_text(data: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1256"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def _csv(data: bytes) -> Extracted:
    text = decode_text(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096])
    except csv.Error:
        dialect = csv.excel
    rows = csv.reader(io.StringIO(text), dialect)
    return Extracted("\n".join(" | ".join(c for c in row if c) for row in rows))


def _txt(data: bytes) -> Extracted:
    return Extracted(decode_text(data))


EXTRACTORS = {
    "pdf": _pdf,
    "docx": _docx,
    "odt": _odf,
    "ods": _odf,
    "xlsx": _xlsx,
    "csv": _csv,
    "txt": _txt,
}


def extract(data: bytes, extension: str) -> Extracted:
    """The text of a file; raises NoText for scans, ValueError when unreadable."""
    extractor = EXTRACTORS.get(extension.lower().lstrip("."))
    if extractor is None:
        raise ValueError(f"no extractor for .{extension}")
    result = extractor(data)
    result.text = re.sub(r"[ \t]+", " ", result.text).strip()[:MAX_CHARS]
    if not result.text:
        raise NoText()
    return result
