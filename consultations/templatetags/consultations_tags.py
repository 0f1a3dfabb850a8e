"""Template helpers for other pages that show consultation data (account space)."""

from django import template
from django.db.models import Count
from django.utils.translation import get_language

from consultations.models import Consultation
from consultations.queries import own_contributions as _own
from core.translation import localized_map

register = template.Library()


@register.simple_tag
def own_contributions(user):
    """The person's contributions, each with ``consultation_text`` (its consultation
    in the page's language when translated) and ``url`` (in the page's language)."""
    if not user.is_authenticated:
        return []
    contributions = list(
        _own(user).annotate(support_count=Count("supports", distinct=True))
    )
    texts = localized_map({c.consultation for c in contributions}, Consultation)
    language = get_language()
    from consultations import services

    for contribution in contributions:
        contribution.consultation_text = texts[contribution.consultation_id]
        contribution.url = contribution.get_url_path(language)
        contribution.editable = services.contribution_editable(
            user=user, contribution=contribution
        )
        contribution.withdrawable = services.contribution_withdrawable(
            user=user, contribution=contribution
        )
    return contributions


@register.simple_tag
def can_support(user, contribution, consultation) -> bool:
    """The support button is offered by the same rule ``support_add`` applies
    (``contribution.supportable``: decided for a state of the reader, on a page
    stored with holes, ``core.cache.holes``)."""
    from consultations import services

    offered = getattr(contribution, "supportable", None)
    if offered is not None:
        return offered
    return user.is_authenticated and services.support_possible(
        user=user, contribution=contribution, consultation=consultation
    )


@register.simple_tag
def can_withdraw(user, contribution) -> bool:
    """The author is offered to withdraw by the rule ``contribution_withdraw``
    applies (the page set ``contribution.consultation``: no query;
    ``contribution.withdrawable``: decided for a state of the reader)."""
    from consultations import services

    offered = getattr(contribution, "withdrawable", None)
    if offered is not None:
        return offered
    return user.is_authenticated and services.contribution_withdrawable(
        user=user, contribution=contribution
    )
