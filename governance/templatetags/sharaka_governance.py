"""Template data for the account page's "My meetings" section (members only)."""

from django import template

from governance import queries

register = template.Library()


@register.simple_tag
def account_meetings(user) -> list:
    """The member's latest invitations; empty for people who hold no mandate."""
    if not user.has_perm("governance.list_invitations"):
        return []
    return queries.with_body_names(queries.invitations_of(user)[:10])
