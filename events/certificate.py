"""Bilingual (Arabic and French) attendance certificate of a training, as PDF.

ReportLab draws the text; Arabic is shaped (arabic-reshaper) and put in visual
order (python-bidi) first, with a TTF font that has Arabic glyphs found on the
machine. Without such a font the certificate is French-only rather than broken.
"""

import io
import logging
from functools import lru_cache
from pathlib import Path

from django.utils import formats, translation

logger = logging.getLogger(__name__)

FONT_CANDIDATES = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf",
    "/usr/share/fonts/opentype/noto/NotoSansArabic-Regular.ttf",
    "/usr/share/fonts/truetype/freefont/FreeSans.ttf",
    "/Library/Fonts/Arial Unicode.ttf",
    "C:/Windows/Fonts/arial.ttf",
]


@lru_cache(maxsize=1)
def arabic_font() -> str | None:
    """Register and name a TTF font with Arabic glyphs, or None."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    candidates = [Path(p) for p in FONT_CANDIDATES]
    try:
        import subprocess  # noqa: S404 - fixed command, no user input

        found = subprocess.run(  # noqa: S603
            ["fc-list", ":lang=ar", "file"],  # noqa: S607
            capture_output=True,
            text=True,
            timeout=5,
            check=False,
        ).stdout.splitlines()
        candidates += [Path(line.split(":")[0]) for line in found if line.strip()]
    except (OSError, ValueError, subprocess.SubprocessError):
        pass
    for path in candidates:
        if path.suffix.lower() != ".ttf" or not path.exists():
            continue
        try:
            pdfmetrics.registerFont(TTFont("SharakaArabic", str(path)))
            return "SharakaArabic"
        except Exception:  # noqa: BLE001, S112 - try the next candidate
            logger.debug("Font %s unusable", path)
            continue
    logger.warning("No TTF font with Arabic glyphs: certificates are French-only.")
    return None


def _ar(text: str) -> str:
    import arabic_reshaper
    from bidi.algorithm import get_display

    return get_display(arabic_reshaper.reshape(text))


def certificate_pdf(registration) -> bytes:
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.pdfgen import canvas

    event = registration.event
    from wagtail.models import Locale

    titles = {}
    for code in ("ar", "fr"):
        translated = event
        locale = Locale.objects.filter(language_code=code).first()
        if locale:
            translated = event.get_translation_or_none(locale) or event
        titles[code] = translated.title
    with translation.override("fr"):
        date_fr = formats.date_format(event.start, "j F Y")
    with translation.override("ar"):
        date_ar = formats.date_format(event.start, "j F Y")

    buffer = io.BytesIO()
    width, height = landscape(A4)
    pdf = canvas.Canvas(buffer, pagesize=(width, height))
    name = registration.certificate_name
    pdf.setTitle(f"Attestation – {name}" if name else "Attestation")
    font = arabic_font()
    latin = font or "Helvetica"
    pdf.setLineWidth(3)
    pdf.rect(30, 30, width - 60, height - 60)
    y = height - 110
    if font:
        pdf.setFont(font, 26)
        pdf.drawCentredString(width / 2, y, _ar("شهادة حضور"))
        y -= 36
    pdf.setFont(latin, 24)
    pdf.drawCentredString(width / 2, y, "Attestation de participation")
    y -= 60
    pdf.setFont(latin, 14)
    pdf.drawCentredString(width / 2, y, "Nous attestons que")
    if font:
        y -= 22
        pdf.setFont(font, 14)
        pdf.drawCentredString(width / 2, y, _ar("نشهد أن"))
    y -= 40
    pdf.setFont(latin, 22)
    pdf.drawCentredString(width / 2, y, _ar(name) if font else name)
    y -= 40
    pdf.setFont(latin, 14)
    pdf.drawCentredString(
        width / 2, y, f"a participé à la formation « {titles['fr']} », le {date_fr}."
    )
    if font:
        y -= 28
        pdf.setFont(font, 14)
        pdf.drawCentredString(
            width / 2,
            y,
            _ar(f"قد شارك(ت) في الدورة التكوينية «{titles['ar']}» بتاريخ {date_ar}."),
        )
    y -= 60
    pdf.setFont(latin, 10)
    label = f"Code / {_ar('الرمز')}" if font else "Code"
    pdf.drawCentredString(width / 2, y, f"{label} : {registration.code}")
    pdf.drawCentredString(width / 2, 50, "Gouvernement ouvert – Maroc")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
