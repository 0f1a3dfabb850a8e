"""One DRF permission class that asks the rules (``<app>/rules.py``) what may be done.

A viewset maps each action to a rule name; the class asks ``user.has_perm(rule)``
for actions on a list and ``user.has_perm(rule, obj)`` for actions on one object,
so the API refuses exactly what the site and the admin refuse::

    class ContributionViewSet(viewsets.ModelViewSet):
        permission_classes = [RulesPermission]
        rules = {"list": None, "retrieve": None, "support": "consultations.support"}

``None`` means open to everyone (reads are public; their querysets show only what
is public). A rule about an object that the request *body* names (the consultation
of a new contribution) is asked by the service, which loads that object: map such
an action to ``None`` and let the service refuse. An action missing from ``rules``
is allowed only for reads, so a new write endpoint is never open by mistake.
An anonymous write to an open action must carry a solved proof of work
(``core.challenge``): 400 on the ``altcha`` field otherwise.
"""

from rest_framework.permissions import SAFE_METHODS, BasePermission

from .challenge import check_request

_MISSING = object()


def _rule(request, view):
    action = getattr(view, "action", None) or request.method.lower()
    return getattr(view, "rules", {}).get(action, _MISSING)


class RulesPermission(BasePermission):
    def has_permission(self, request, view) -> bool:
        rule = _rule(request, view)
        if rule is _MISSING:
            return request.method in SAFE_METHODS
        if rule is None:
            # Open: anonymous writes prove a little work (core.challenge), or
            # answer 400 on the "altcha" field.
            check_request(request, view)
            return True
        if getattr(view, "detail", False):
            return True  # decided on the object below
        return request.user.has_perm(rule)

    def has_object_permission(self, request, view, obj) -> bool:
        rule = _rule(request, view)
        if rule is _MISSING:
            return request.method in SAFE_METHODS
        return rule is None or request.user.has_perm(rule, obj)
