"""Template data for the account page's "My organisations" section, and the
language a group's news post or decision is shown in."""

from django import template

from core.translation import localized_map
from working_groups import queries
from working_groups.models import WorkingGroup

register = template.Library()


@register.simple_tag
def account_organisations(user) -> dict:
    if not user.is_authenticated:
        return {"organisations": [], "applications": []}
    applications = list(queries.applications_for_user(user)[:20])
    texts = localized_map([a.group for a in applications], WorkingGroup)
    for application in applications:
        application.group_text = texts[application.group_id]
    return {
        "organisations": list(queries.represented_organisations(user)),
        "applications": applications,
    }


@register.filter
def record_language(record, field: str) -> str:
    """The language a news post's or a decision's ``field`` is shown in (``lang``)."""
    return record.text_language(field)
