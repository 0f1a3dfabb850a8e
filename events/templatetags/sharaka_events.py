"""Template data for the account page's "My registrations" section."""

from django import template

from events import queries, services

register = template.Library()


@register.simple_tag
def account_registrations(user) -> list:
    if not user.is_authenticated:
        return []
    registrations = list(queries.registrations_of(user)[:50])
    for registration in registrations:
        registration.token = services.manage_token(registration)
    return registrations
