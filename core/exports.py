"""CSV and XLSX exports that are safe to open in a spreadsheet program.

A text cell that a spreadsheet would read as a formula (starting with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return) gets a leading apostrophe
(OWASP's advice against CSV injection), and every text cell of an XLSX file is
stored as text, never as a formula. Control characters are removed (an XLSX
file cannot hold them). Numbers stay numbers; dates and times are
written in local time.
"""

import csv
import datetime
import io
import itertools
import re
from decimal import Decimal

from django.utils import timezone
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Control characters that XML 1.0 (and so an XLSX file) cannot hold, nor a
# spreadsheet show: removed from every cell (tab, line feed and carriage return stay).
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")


def neutralise(value: str) -> str:
    """The text as a spreadsheet must show it, never run it."""
    value = CONTROL.sub("", value)
    return "'" + value if value.startswith(FORMULA_STARTS) else value


def cell(value):
    """A value as written in a cell: a number as is, anything else as safe text
    (none as empty, a date and time in local time)."""
    if value is None:
        return ""
    if isinstance(value, int | float | Decimal) and not isinstance(value, bool):
        return value
    if isinstance(value, datetime.datetime):
        return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")
    return neutralise(str(value))


def to_csv(headers, rows) -> bytes:
    """UTF-8 with a byte-order mark, so that spreadsheet programs read Arabic."""
    out = io.StringIO()
    writer = csv.writer(out)
    for row in itertools.chain([headers], rows):
        writer.writerow([cell(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(headers, rows, *, title: str) -> bytes:
    """One sheet named ``title``, written as it goes (rows may be a generator)."""
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(str(title)[:31])
    for row in itertools.chain([headers], rows):
        cells = []
        for value in row:
            xlsx_cell = WriteOnlyCell(sheet, cell(value))
            if isinstance(xlsx_cell.value, str):
                xlsx_cell.data_type = "s"  # text, never a formula
            cells.append(xlsx_cell)
        sheet.append(cells)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
