"""The audit log: every step of a call, written by the services only."""

from ..models import AuditEntry


def audit(call, action: str, by, *, application=None, detail: str = "") -> None:
    AuditEntry.objects.create(
        call=call,
        application=application,
        actor=by if by is not None and by.is_authenticated else None,
        action=action,
        detail=detail,
    )
