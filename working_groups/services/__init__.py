"""Rules of organisations and working groups: every write goes through here.

``organisations``: organisations, representatives, applications and memberships;
``records``: what a group publishes (news posts and decisions), told to the
group's followers when first published.
"""

from .organisations import (
    APPLICATIONS_PER_HOUR,
    EDITABLE_FIELDS,
    REGISTRATIONS_PER_HOUR,
    AlreadyDecided,
    AlreadyMember,
    ApplicationPending,
    DuplicateOrganisation,
    GroupClosed,
    NotVerified,
    application_approve,
    application_reject,
    application_submit,
    application_withdraw,
    membership_leave,
    organisation_register,
    organisation_update,
    organisation_verify,
    representative_add,
    representative_remove,
)
from .records import decision_save, news_save

__all__ = [
    "APPLICATIONS_PER_HOUR",
    "EDITABLE_FIELDS",
    "REGISTRATIONS_PER_HOUR",
    "AlreadyDecided",
    "AlreadyMember",
    "ApplicationPending",
    "DuplicateOrganisation",
    "GroupClosed",
    "NotVerified",
    "application_approve",
    "application_reject",
    "application_submit",
    "application_withdraw",
    "decision_save",
    "membership_leave",
    "news_save",
    "organisation_register",
    "organisation_update",
    "organisation_verify",
    "representative_add",
    "representative_remove",
]
