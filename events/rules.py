"""Who may do what with events and registrations (django-rules).

This is the one definition: services, site views, admin views and the API ask
``user.has_perm("events.<rule>", obj)``. Roles come from ``core.roles``; who
coordinates an event's working group from ``working_groups.queries``.
"""

import rules

from core.roles import is_active_user, is_secretariat
from working_groups import queries as working_groups


@rules.predicate
def is_event_organiser(user, event) -> bool:
    """An organiser of ``event``, or a coordinator of its working group."""
    if event is None or not is_active_user(user):
        return False
    source = event.source
    if source.organisers.filter(pk=user.pk).exists():
        return True
    group = source.working_group
    return group is not None and working_groups.coordinates(user, group)


@rules.predicate
def is_event_editor(user) -> bool:
    """Whoever the admin lets change events (the model permission)."""
    return is_active_user(user) and user.has_perm("events.change_event")


@rules.predicate
def is_registrant(user, registration) -> bool:
    """The account that holds ``registration``."""
    return (
        registration is not None
        and is_active_user(user)
        and registration.user_id == user.pk
    )


manages_event = is_event_organiser | is_secretariat | is_event_editor


@rules.predicate
def manages_registration_event(user, registration) -> bool:
    return registration is not None and manages_event(user, registration.event)


# An Event: its desk (attendance, exports, writing to registrants).
rules.add_perm("events.manage_registrations", manages_event)
# Registrations: one's own list, and one registration (a Registration).
rules.add_perm("events.list_registrations", is_active_user)
rules.add_perm("events.view_registration", is_registrant | manages_registration_event)
rules.add_perm("events.cancel_registration", is_registrant | manages_registration_event)
