"""Every rule of consultations, in one place: the site, the API, the admin, the
demo and the tests call these functions; none of them re-implements a rule.

Who may do what is asked of ``consultations.rules`` (``user.has_perm``); the
functions here check the rest (dates, states, duplicates, limits) and raise a
domain error that says why. Each write runs in a transaction; emails are queued
on commit (``core.emails``), so a failed email never loses what a person typed.

The modules, by subject: ``contributions`` (sending, the general box),
``verification`` (the email link), ``comments``, ``supports_and_flags``,
``authors`` (editing and withdrawing one's own contribution), ``endorsements``
(organisations), ``moderation``, ``answers``, ``closeout`` (and exports); ``errors`` and
``common`` are what they share.
"""

from ..text import text_hash
from .answers import answer_set
from .authors import (
    contribution_edit,
    contribution_editable,
    contribution_withdraw,
    contribution_withdrawable,
    withdrawal_offered,
)
from .closeout import closeout_publish, closeout_unpublish, contributions_export
from .comments import comment_check, comment_create, comments_accepted
from .contributions import (
    contribution_check,
    contribution_record,
    contribution_submit,
    general_box_get,
    new_reference,
    submission_of,
)
from .endorsements import endorsement_add, endorsement_possible, endorsement_remove
from .errors import (
    AlreadyEndorsed,
    AlreadyFlagged,
    AlreadySupported,
    AlreadyWithdrawn,
    AnonymousNotAllowed,
    CommentsClosed,
    ConsultationNotOpen,
    InvalidTransition,
    NotAllowed,
    NotEditable,
    NotPublic,
    OwnContribution,
)
from .moderation import comment_moderate, contribution_moderate
from .supports_and_flags import (
    flag_create,
    support_add,
    support_offered,
    support_possible,
    support_remove,
)
from .verification import contribution_verify_email, contribution_verify_token

__all__ = [
    "AlreadyEndorsed",
    "AlreadyFlagged",
    "AlreadySupported",
    "AlreadyWithdrawn",
    "AnonymousNotAllowed",
    "CommentsClosed",
    "ConsultationNotOpen",
    "InvalidTransition",
    "NotAllowed",
    "NotEditable",
    "NotPublic",
    "OwnContribution",
    "answer_set",
    "closeout_publish",
    "closeout_unpublish",
    "comment_check",
    "comment_create",
    "comment_moderate",
    "comments_accepted",
    "contribution_check",
    "contribution_record",
    "contribution_edit",
    "contribution_editable",
    "contribution_moderate",
    "contribution_submit",
    "submission_of",
    "contribution_verify_email",
    "contribution_verify_token",
    "contribution_withdraw",
    "contribution_withdrawable",
    "withdrawal_offered",
    "contributions_export",
    "endorsement_add",
    "endorsement_possible",
    "endorsement_remove",
    "flag_create",
    "general_box_get",
    "new_reference",
    "text_hash",
    "support_add",
    "support_offered",
    "support_possible",
    "support_remove",
]
