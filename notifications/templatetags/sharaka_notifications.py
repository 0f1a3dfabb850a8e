"""Template tags: the unread count, and whether the person follows a thing."""

from django import template

from core import activity

from .. import queries

register = template.Library()


@register.simple_tag(takes_context=True)
def unread_notifications(context) -> int:
    request = context.get("request")
    if request is None:
        return 0
    if not hasattr(request, "_unread_notifications"):
        request._unread_notifications = queries.unread_count(request.user)
    return request._unread_notifications


@register.simple_tag(takes_context=True)
def follow_state(context, obj) -> dict:
    """``{"key", "following"}`` for ``obj``: the person's follows are read once
    per request, so a list of followable things costs one query."""
    request = context.get("request")
    key = activity.follow_key(obj)
    if request is None or not request.user.is_authenticated:
        return {"key": key, "following": False}
    if not hasattr(request, "_follow_keys"):
        request._follow_keys = queries.followed_keys(request.user)
    return {"key": key, "following": key in request._follow_keys}
