"""Template data for the account page's "My organisations" section."""

from django import template

from working_groups import queries

register = template.Library()


@register.simple_tag
def account_organisations(user) -> dict:
    if not user.is_authenticated:
        return {"organisations": [], "applications": []}
    return {
        "organisations": list(queries.represented_organisations(user)),
        "applications": list(queries.applications_for_user(user)[:20]),
    }
