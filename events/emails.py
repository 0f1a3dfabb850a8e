"""The emails of a registration: in the person's language, with the event's text
in that language and, for a seat, the calendar invitation."""

from django.utils import translation
from wagtail.models import Locale

from core.emails import send_email

from . import links
from .calendar import registration_ics
from .models import Event, Registration


def _invitation(registration: Registration) -> dict:
    return {
        "filename": "invitation.ics",
        "content": registration_ics(registration),
        "mimetype": "text/calendar; method=REQUEST; charset=utf-8",
    }


def registration_email(
    registration: Registration, template: str, *, ics: bool = False, **extra
) -> None:
    """Send ``events/emails/<template>`` to the registrant (``extra`` in context)."""
    event = registration.event
    with translation.override(registration.language):
        try:
            localized = event.get_translation(Locale.get_active())
        except (Event.DoesNotExist, Locale.DoesNotExist):
            localized = event
    send_email(
        to=registration.email,
        template=f"events/emails/{template}",
        context={
            "registration": registration,
            "event": localized,
            "manage_url": links.manage_url(registration),
            "event_url": links.event_url(registration),
            **extra,
        },
        language=registration.language,
        attachments=[_invitation(registration)] if ics else (),
    )
