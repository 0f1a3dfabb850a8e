"""Template helpers for other pages that show consultation data (account space)."""

from django import template
from django.db.models import Count

from consultations.queries import own_contributions as _own

register = template.Library()


@register.simple_tag
def own_contributions(user):
    if not user.is_authenticated:
        return []
    return _own(user).annotate(support_count=Count("supports", distinct=True))
