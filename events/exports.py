"""Registrations as CSV or XLSX for organisers, written by ``core.exports`` (safe
to open in a spreadsheet: nothing is run as a formula)."""

from django.utils.translation import gettext as _

from core import exports

from .models import Registration


def _rows(event) -> tuple[list[str], list[list]]:
    headers = [
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
    rows = [
        [
            r.code,
            r.name,
            r.email,
            r.organisation,
            r.get_region_display() if r.region else "",
            r.accessibility_needs,
            r.get_status_display(),
            r.created_at,
            _("yes") if r.attended else _("no"),
        ]
        for r in Registration.objects.filter(event=event.source).order_by(
            "status", "created_at", "pk"
        )
    ]
    return headers, rows


def registrations_csv(event) -> bytes:
    return exports.to_csv(*_rows(event))


def registrations_xlsx(event) -> bytes:
    return exports.to_xlsx(*_rows(event), title=_("Registrations"))
