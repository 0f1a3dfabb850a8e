"""Who may follow, read notifications and send newsletters."""

import rules

from core.roles import is_active_user, is_editor, is_secretariat


@rules.predicate
def represents_organisation(user, organisation) -> bool:
    """A representative of ``organisation`` (follows in its name)."""
    if organisation is None or not is_active_user(user):
        return False
    return organisation.representative_links.filter(user=user).exists()


@rules.predicate
def owns_follow(user, follow) -> bool:
    if follow is None or not is_active_user(user):
        return False
    if follow.organisation_id is not None:
        return represents_organisation(user, follow.organisation)
    return follow.user_id == user.pk


@rules.predicate
def is_recipient(user, notification) -> bool:
    return (
        notification is not None
        and is_active_user(user)
        and notification.recipient_id == user.pk
    )


rules.add_perm("notifications.follow", is_active_user)
rules.add_perm("notifications.follow_as_organisation", represents_organisation)
rules.add_perm("notifications.unfollow", owns_follow)
rules.add_perm("notifications.read", is_recipient)
rules.add_perm("notifications.manage_newsletters", is_editor | is_secretariat)
