"""Template data for the account page's "My registrations" section."""

from django import template

from core.translation import localized_map
from events import links, queries
from events.models import Event

register = template.Library()


@register.simple_tag
def account_registrations(user) -> list:
    if not user.is_authenticated:
        return []
    registrations = list(queries.registrations_of(user)[:50])
    texts = localized_map([r.event for r in registrations], Event)
    for registration in registrations:
        registration.event_text = texts[registration.event_id]
        registration.token = links.manage_token(registration)
    return registrations
