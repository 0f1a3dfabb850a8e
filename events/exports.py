"""Registrations as CSV or XLSX for organisers, safe to open in a spreadsheet.

A cell that starts with =, +, -, @, a tab or a carriage return would be run as a
formula by spreadsheet programs: such values get a leading apostrophe.
"""

import csv
import io

from django.utils import timezone
from django.utils.translation import gettext as _

from .models import Registration

DANGEROUS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value) -> str:
    if value is None:
        return ""
    if hasattr(value, "astimezone"):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    text = str(value)
    if text.startswith(DANGEROUS):
        return "'" + text
    return text


def _rows(event):
    yield [
        _("Code"),
        _("Full name"),
        _("Email"),
        _("Organisation"),
        _("Region"),
        _("Accessibility needs"),
        _("Status"),
        _("Registered at"),
        _("Attended"),
    ]
    for r in Registration.objects.filter(event=event.source).order_by(
        "status", "created_at", "pk"
    ):
        yield [
            safe_cell(v)
            for v in (
                r.code,
                r.name,
                r.email,
                r.organisation,
                r.get_region_display() if r.region else "",
                r.accessibility_needs,
                r.get_status_display(),
                r.created_at,
                _("yes") if r.attended else _("no"),
            )
        ]


def registrations_csv(event) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in _rows(event):
        writer.writerow(row)
    return ("\ufeff" + buffer.getvalue()).encode()  # BOM: Excel reads UTF-8


def registrations_xlsx(event) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_("Registrations")[:31])
    from openpyxl.cell import WriteOnlyCell

    for row in _rows(event):
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value)
            cell.data_type = "s"  # never a formula
            cells.append(cell)
        sheet.append(cells)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()
