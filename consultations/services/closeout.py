"""The close-out of a consultation ("you said, we did") and the exports."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import activity
from core.cache import invalidate, scopes_of_write

from .. import exports, queries
from ..models import Consultation, Contribution, ModerationAction, Status
from .common import lock_source, log, require
from .errors import InvalidTransition


@transaction.atomic
def closeout_publish(*, consultation: Consultation, user) -> Consultation:
    """Publish the close-out of a closed consultation, in every language."""
    require(user, "consultations.close_out", consultation)
    source = lock_source(consultation)
    if source.is_general_box or source.status != Status.CLOSED:
        raise InvalidTransition(
            _("The close-out can only be published once the consultation is closed.")
        )
    if not (source.synthesis_text or "").strip() and not source.synthesis_document_id:
        raise InvalidTransition(
            _("Write the synthesis (or attach its document) before publishing.")
        )
    now = timezone.now()
    Consultation.objects.filter(translation_key=source.translation_key).update(
        closeout_published_at=now
    )
    invalidate(*scopes_of_write(source))
    source.closeout_published_at = now
    log(ModerationAction.Action.CLOSEOUT, moderator=user, consultation=source)
    activity.publish(
        kind="consultations.closeout",
        target=source,
        actor=user,
        key=f"consultations.closeout:{source.pk}",
        followed=[source],
    )
    return source


@transaction.atomic
def closeout_unpublish(*, consultation: Consultation, user) -> Consultation:
    """Withdraw the close-out, in every language."""
    require(user, "consultations.close_out", consultation)
    source = lock_source(consultation)
    Consultation.objects.filter(translation_key=source.translation_key).update(
        closeout_published_at=None
    )
    invalidate(*scopes_of_write(source))
    source.closeout_published_at = None
    return source


def contributions_export(
    *, consultation: Consultation, user, fmt: str, include_unpublished: bool = False
) -> bytes:
    """The contributions as CSV or XLSX, for the secretariat; logged.

    By default only what the public sees (``published_contributions``); the
    secretariat may include the other statuses. Emails are never exported.
    """
    require(user, "consultations.export", consultation)
    source = consultation.source
    qs = (
        Contribution.objects.filter(consultation=source)
        if include_unpublished
        else queries.published_contributions().filter(consultation=source)
    )
    data = exports.to_xlsx(qs) if fmt == "xlsx" else exports.to_csv(qs)
    log(ModerationAction.Action.EXPORT, moderator=user, consultation=source, reason=fmt)
    return data
