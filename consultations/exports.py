"""CSV and XLSX exports of a consultation's contributions for the secretariat.

Cells that a spreadsheet would read as a formula (starting with ``=``, ``+``,
``-``, ``@``, a tab or a carriage return) are neutralised with a leading
apostrophe (OWASP's advice against CSV injection). Emails are never exported.
"""

import csv
import io

from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext as _
from openpyxl import Workbook

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value):
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def export_rows(queryset) -> tuple[list[str], list[list]]:
    headers = [
        _("Reference"),
        _("Kind"),
        _("Title"),
        _("Text"),
        _("Language"),
        _("Region"),
        _("Status"),
        _("Author"),
        _("Submitted at"),
        _("Published at"),
        _("Supports"),
        _("Official answer"),
        _("Explanation"),
    ]
    rows = []
    qs = queryset.select_related("author", "answer").annotate(
        n_supports=Count("supports", distinct=True)
    )
    for c in qs.order_by("submitted_at", "pk"):
        answer = getattr(c, "answer", None) if hasattr(c, "answer") else None
        rows.append(
            [
                neutralise(c.reference),
                neutralise(str(c.get_kind_display())),
                neutralise(c.title),
                neutralise(c.body),
                neutralise(str(c.get_language_display())),
                neutralise(str(c.get_region_display()) if c.region else ""),
                neutralise(str(c.get_status_display())),
                neutralise(c.public_author),
                timezone.localtime(c.submitted_at).strftime("%Y-%m-%d %H:%M"),
                timezone.localtime(c.published_at).strftime("%Y-%m-%d %H:%M")
                if c.published_at
                else "",
                c.n_supports,
                neutralise(str(answer.get_verdict_display())) if answer else "",
                neutralise(answer.explanation) if answer else "",
            ]
        )
    return headers, rows


def to_csv(queryset) -> bytes:
    headers, rows = export_rows(queryset)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([neutralise(str(h)) for h in headers])
    writer.writerows(rows)
    # A byte-order mark so that spreadsheet programs read Arabic correctly.
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def to_xlsx(queryset) -> bytes:
    headers, rows = export_rows(queryset)
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Contributions")[:31]
    sheet.append([str(h) for h in headers])
    for row in rows:
        sheet.append(row)
    # Force every text cell to be stored as text, never as a formula.
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            if isinstance(cell.value, str):
                cell.data_type = "s"
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()
