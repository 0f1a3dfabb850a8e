"""Who may do what with organisations and working groups (django-rules)."""

import rules

SECRETARIAT_GROUP = "Secretariat"


@rules.predicate
def is_secretariat(user) -> bool:
    """Superusers, and members of the secretariat group (any letter case)."""
    if not user or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_sharaka_is_secretariat", None)
    if cached is None:
        cached = user.groups.filter(name__iexact=SECRETARIAT_GROUP).exists()
        user._sharaka_is_secretariat = cached
    return cached


@rules.predicate
def is_representative(user, organisation) -> bool:
    if not user or not user.is_authenticated or organisation is None:
        return False
    return organisation.representative_links.filter(user=user).exists()


@rules.predicate
def is_coordinator(user, group) -> bool:
    if not user or not user.is_authenticated or group is None:
        return False
    return group.source.coordinators.filter(pk=user.pk).exists()


@rules.predicate
def is_application_coordinator(user, application) -> bool:
    return application is not None and is_coordinator(user, application.group)


@rules.predicate
def is_application_representative(user, application) -> bool:
    return application is not None and is_representative(user, application.organisation)


rules.add_perm("working_groups.verify_organisation", is_secretariat)
rules.add_perm("working_groups.edit_organisation", is_representative | is_secretariat)
rules.add_perm(
    "working_groups.apply_for_organisation", is_representative | is_secretariat
)
rules.add_perm(
    "working_groups.decide_application", is_application_coordinator | is_secretariat
)
rules.add_perm(
    "working_groups.view_application",
    is_application_representative | is_application_coordinator | is_secretariat,
)
rules.add_perm("working_groups.manage_group", is_coordinator | is_secretariat)
