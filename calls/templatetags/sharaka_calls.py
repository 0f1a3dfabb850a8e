"""Template data for the account page's "My organisations' applications"."""

from django import template

from calls import queries

register = template.Library()


@register.simple_tag
def account_applications(user) -> list:
    """The applications of the organisations the person represents."""
    if not user.has_perm("calls.list_applications"):
        return []
    return list(queries.applications_of(user)[:20])
