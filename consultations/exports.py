"""CSV and XLSX exports of a consultation's contributions for the secretariat.

Written by ``core.exports``, which neutralises what a spreadsheet would run as a
formula. Emails are never exported.
"""

from django.db.models import Count
from django.utils.translation import gettext as _

from core import exports


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
                c.reference,
                c.get_kind_display(),
                c.title,
                c.body,
                c.get_language_display(),
                c.get_region_display() if c.region else "",
                c.get_status_display(),
                c.public_author,
                c.submitted_at,
                c.published_at,
                c.n_supports,
                answer.get_verdict_display() if answer else "",
                answer.explanation if answer else "",
            ]
        )
    return headers, rows


def to_csv(queryset) -> bytes:
    return exports.to_csv(*export_rows(queryset))


def to_xlsx(queryset) -> bytes:
    return exports.to_xlsx(*export_rows(queryset), title=_("Contributions"))
