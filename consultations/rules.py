"""Who may do what (django-rules predicates).

Predicates say *who*; the services check *when* (dates, duplicates, limits) and
raise domain errors with a message. Permission names used by views and the API:
``consultations.<action>``.
"""

import rules

from .models import Status


@rules.predicate
def is_moderator(user) -> bool:
    return bool(user and user.is_active) and (
        user.is_superuser or user.has_perm("consultations.moderate_contribution")
    )


@rules.predicate
def is_secretariat(user) -> bool:
    return bool(user and user.is_active) and (
        user.is_superuser or user.has_perm("consultations.answer_contribution")
    )


@rules.predicate
def can_export(user) -> bool:
    return bool(user and user.is_active) and (
        user.is_superuser or user.has_perm("consultations.export_contribution")
    )


@rules.predicate
def can_publish_closeout(user) -> bool:
    return bool(user and user.is_active) and (
        user.is_superuser or user.has_perm("consultations.publish_closeout")
    )


@rules.predicate
def consultation_is_open(user, consultation) -> bool:
    return consultation is not None and consultation.status == Status.OPEN


@rules.predicate
def consultation_allows_anonymous(user, consultation) -> bool:
    return consultation is not None and consultation.allow_anonymous


@rules.predicate
def consultation_comments_open(user, consultation) -> bool:
    return consultation is not None and consultation.comments_open


@rules.predicate
def is_author(user, contribution) -> bool:
    return (
        contribution is not None
        and user.is_authenticated
        and contribution.author_id == user.pk
    )


contribute = consultation_is_open & (
    rules.is_authenticated | consultation_allows_anonymous
)

rules.add_perm("consultations.contribute", contribute)
rules.add_perm(
    "consultations.comment",
    rules.is_authenticated & consultation_is_open & consultation_comments_open,
)
rules.add_perm("consultations.support", rules.is_authenticated & ~is_author)
rules.add_perm("consultations.flag", rules.is_authenticated)
rules.add_perm("consultations.moderate", is_moderator)
rules.add_perm("consultations.answer", is_secretariat)
rules.add_perm("consultations.export", can_export)
rules.add_perm("consultations.close_out", can_publish_closeout)
