"""Who may manage an event's registrations (django-rules)."""

import rules

from working_groups.rules import is_secretariat


@rules.predicate
def is_event_organiser(user, event) -> bool:
    if not user or not user.is_authenticated or event is None:
        return False
    source = event.source
    if source.organisers.filter(pk=user.pk).exists():
        return True
    group = source.working_group
    return bool(group and group.source.coordinators.filter(pk=user.pk).exists())


@rules.predicate
def is_event_editor(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("events.change_event"))


@rules.predicate
def is_registrant(user, registration) -> bool:
    return bool(
        user
        and user.is_authenticated
        and registration is not None
        and registration.user_id == user.pk
    )


rules.add_perm(
    "events.manage_registrations", is_event_organiser | is_secretariat | is_event_editor
)
rules.add_perm("events.view_own_registration", is_registrant)
