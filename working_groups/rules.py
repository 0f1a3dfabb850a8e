"""Who may do what with organisations and working groups (django-rules).

This is the one definition: services, site views, admin views and the API ask
``user.has_perm("working_groups.<rule>", obj)``. Roles (the secretariat) come from
``core.roles``; the facts (who represents or coordinates what) from ``queries``.
"""

import rules

from core.roles import is_active_user, is_secretariat

from . import queries


@rules.predicate
def is_representative(user, organisation) -> bool:
    """Someone who acts for ``organisation``."""
    return (
        organisation is not None
        and is_active_user(user)
        and queries.represents(user, organisation)
    )


@rules.predicate
def is_verified(user, organisation) -> bool:
    """Verified organisations are public."""
    return organisation is not None and organisation.verified


@rules.predicate
def is_coordinator(user, group) -> bool:
    """A coordinator of ``group`` (of its translation set)."""
    return (
        group is not None and is_active_user(user) and queries.coordinates(user, group)
    )


@rules.predicate
def is_application_representative(user, application) -> bool:
    return application is not None and is_representative(user, application.organisation)


@rules.predicate
def is_application_coordinator(user, application) -> bool:
    return application is not None and is_coordinator(user, application.group)


@rules.predicate
def is_membership_representative(user, membership) -> bool:
    return membership is not None and is_representative(user, membership.organisation)


@rules.predicate
def is_membership_coordinator(user, membership) -> bool:
    return membership is not None and is_coordinator(user, membership.group)


# Organisations (an object rule takes the Organisation).
rules.add_perm("working_groups.register_organisation", is_active_user)
rules.add_perm(
    "working_groups.view_organisation", is_verified | is_representative | is_secretariat
)
# Editing covers the profile and the list of representatives.
rules.add_perm("working_groups.edit_organisation", is_representative | is_secretariat)
rules.add_perm("working_groups.verify_organisation", is_secretariat)
rules.add_perm(
    "working_groups.apply_for_organisation", is_representative | is_secretariat
)

# Applications (an object rule takes the MembershipApplication).
rules.add_perm("working_groups.list_applications", is_active_user)
rules.add_perm("working_groups.view_all_applications", is_secretariat)
rules.add_perm(
    "working_groups.view_application",
    is_application_representative | is_application_coordinator | is_secretariat,
)
rules.add_perm(
    "working_groups.decide_application", is_application_coordinator | is_secretariat
)
rules.add_perm("working_groups.withdraw_application", is_application_representative)

# Groups and memberships (a WorkingGroup, a Membership).
rules.add_perm("working_groups.manage_group", is_coordinator | is_secretariat)
rules.add_perm(
    "working_groups.leave_group",
    is_membership_representative | is_membership_coordinator | is_secretariat,
)
