"""Arabic-capable PDFs from plain text (the demo documents and the tests).

ReportLab draws glyphs as given, so Arabic is shaped with arabic-reshaper and put
in visual order with python-bidi before drawing. The font must have Arabic glyphs:
the first of ``FONT_CANDIDATES`` that exists is used (DejaVu Sans, Noto Sans
Arabic...), and without one the text falls back to Helvetica (Latin only).
"""

import io
import os
from pathlib import Path

FONT_CANDIDATES = [
    os.environ.get("SHARAKA_PDF_FONT", ""),
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSerif.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "/System/Library/Fonts/Supplemental/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
]


def find_font() -> str | None:
    for candidate in FONT_CANDIDATES:
        if candidate and Path(candidate).is_file():
            return candidate
    return None


def _register_font() -> str:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    path = find_font()
    if not path:
        return "Helvetica"
    if "SharakaArabic" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("SharakaArabic", path))
    return "SharakaArabic"


def visual(line: str) -> str:
    import arabic_reshaper
    from bidi import get_display

    return get_display(arabic_reshaper.reshape(line))


def _wrap(line: str, font: str, size: float, width: float) -> list[str]:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    out, current = [], ""
    for word in line.split():
        trial = f"{current} {word}".strip()
        if current and stringWidth(visual(trial), font, size) > width:
            out.append(current)
            current = word
        else:
            current = trial
    if current:
        out.append(current)
    return out or [""]


def text_to_pdf(text: str, *, title: str = "", rtl: bool = True) -> bytes:
    """A simple A4 PDF of ``text`` (one paragraph per line), right-aligned if RTL."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, invariant=True)
    if title:
        pdf.setTitle(title)
    font = _register_font()
    width, height = A4
    margin, size, leading = 56, 11, 16
    y = height - margin
    for paragraph in text.splitlines():
        for line in _wrap(paragraph, font, size, width - 2 * margin):
            if y < margin:
                pdf.showPage()
                y = height - margin
            pdf.setFont(font, size)
            shown = visual(line) if rtl else line
            if rtl:
                pdf.drawRightString(width - margin, y, shown)
            else:
                pdf.drawString(margin, y, shown)
            y -= leading
        y -= 4
    pdf.save()
    return buffer.getvalue()
