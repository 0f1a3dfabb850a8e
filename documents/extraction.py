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


def _joins(ch: str) -> tuple[bool, bool]:
    """(joins the letter before, joins the letter after) of a presentation form,
    in reading order: a final form joins the letter before it, an initial form
    the one after it, a medial form both."""
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return False, False
    if "MEDIAL FORM" in name:
        return True, True
    return "FINAL FORM" in name, "INITIAL FORM" in name


def order_from_forms(line: str) -> bool | None:
    """Whether a line of presentation forms is stored backwards (visual order),
    read from the forms themselves; None when they do not say.

    In reading order, a letter that joins the next one is followed by a letter
    that joins the previous one (ﻟ then ﺠ). Stored backwards, each pair is the
    other way round (ﺠ then ﻟ). Every pair of joined letters is a vote, so a
    one-word heading is decided as well as a paragraph.
    """
    forward = backward = 0
    for a, b in zip(line, line[1:], strict=False):
        if not (PRESENTATION_FORMS.match(a) and PRESENTATION_FORMS.match(b)):
            continue
        a_prev, a_next = _joins(a)
        b_prev, b_next = _joins(b)
        forward += a_next and b_prev
        backward += a_prev and b_next
    if forward == backward:
        return None
    return backward > forward


def looks_reversed(line: str) -> bool:
    """Whether an Arabic line reads backwards (visual order).

    Presentation forms decide when the line has them (``order_from_forms``).
    Otherwise the letters: backwards, the article ال shows as لا at word ends and
    ة or ى start words, which never happens in reading order.
    """
    by_forms = order_from_forms(line)
    if by_forms is not None:
        return by_forms
    visual = logical = 0
    for word in ARABIC_WORD.findall(unicodedata.normalize("NFKC", line)):
        if len(word) < 2:
            continue
        visual += word[0] in "ةى" or (len(word) > 2 and word.endswith("لا"))
        logical += word.startswith("ال") or word[-1] in "ةى"
    return visual > logical


OPENING, CLOSING = "([{«", ")]}»"
_MIRROR = str.maketrans(OPENING + CLOSING, CLOSING + OPENING)


def unmirror_brackets(line: str) -> str:
    """Brackets the right way round: in reading order a bracket opens before it
    closes, so a line whose first bracket closes has them mirrored."""
    for ch in line:
        if ch in OPENING:
            return line
        if ch in CLOSING:
            return line.translate(_MIRROR)
    return line


def fix_visual_arabic(text: str) -> str:
    """Shaped or visually ordered Arabic back to plain letters in logical order,
    decided line by line."""
    if not ARABIC.search(text) and not PRESENTATION_FORMS.search(text):
        return text
    from bidi import get_display

    lines = []
    for line in text.splitlines():
        if looks_reversed(line):
            # Lam-alef ligatures decompose as lam+alef: backwards, that is alef+lam.
            line = LAM_ALEF.sub(
                lambda m: unicodedata.normalize("NFKC", m[0])[::-1], line
            )
            line = unicodedata.normalize("NFKC", line)
            # The algorithm is its own inverse for right-to-left lines.
            line = unmirror_brackets(get_display(line, base_dir="R"))
        elif PRESENTATION_FORMS.search(line):
            line = unicodedata.normalize("NFKC", line)
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

    return Extracted("\n".join(docx_blocks(docx.Document(io.BytesIO(data)))))


def docx_blocks(document) -> list[str]:
    """Paragraphs and table rows in document order (a table stays where it is,
    between the paragraphs around it); a cell spanning columns counts once."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    parts = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            parts.append(item.text)
        elif isinstance(item, Table):
            for row in item.rows:
                cells = list(dict.fromkeys(row.cells))
                parts.append(" | ".join(cell.text for cell in cells))
    return parts


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
