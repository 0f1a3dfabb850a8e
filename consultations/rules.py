"""Who may do what in consultations: the one definition (django-rules).

Everything asks ``user.has_perm("consultations.<rule>", obj)``: the services, the
admin screens, the API (``core.permissions.RulesPermission``). A rule says *who*;
the services check *when* (the consultation is open, takes comments, the
contribution is published, not one's own, not supported twice) and raise a domain
error that says why. Django grants every permission to active superusers.

==================  =======================================  ======================
rule                who                                      object
==================  =======================================  ======================
``contribute``      people signed in, or anyone where the    the consultation
                    consultation accepts people without an
                    account
``comment``         people signed in                         -
``support``         people signed in                         the contribution
``flag``            people signed in                         the contribution or
                                                             comment
``edit``            its author (signed in)                   the contribution
``withdraw``        its author (signed in)                   the contribution
``endorse``         representatives of a verified            the organisation
                    organisation (``working_groups``)
``moderate``        holders of ``moderate_contribution``     -
                    (Moderators, Secretariat)
``answer``          holders of ``answer_contribution``       -
                    (Secretariat)
``export``          holders of ``export_contribution``       -
                    (Secretariat)
``close_out``       holders of ``publish_closeout``          -
                    (Secretariat)
==================  =======================================  ======================
"""

import rules

from core.roles import is_active_user
from working_groups import queries as organisations


@rules.predicate
def can_moderate(user) -> bool:
    """Holders of the moderation permission (a group's or their own)."""
    return user.has_perm("consultations.moderate_contribution")


@rules.predicate
def can_answer(user) -> bool:
    """Holders of the permission to give the administration's official answer."""
    return user.has_perm("consultations.answer_contribution")


@rules.predicate
def can_export(user) -> bool:
    return user.has_perm("consultations.export_contribution")


@rules.predicate
def can_publish_closeout(user) -> bool:
    return user.has_perm("consultations.publish_closeout")


@rules.predicate
def consultation_allows_anonymous(user, consultation) -> bool:
    """The same in every language (a synchronised field)."""
    return consultation is not None and consultation.allow_anonymous


@rules.predicate
def is_contribution_author(user, contribution) -> bool:
    """The account that sent the contribution (not an email: no account, no edit)."""
    return (
        contribution is not None
        and contribution.author_id is not None
        and contribution.author_id == user.pk
    )


@rules.predicate
def represents_verified_organisation(user, organisation) -> bool:
    """A representative of ``organisation``, which the secretariat verified."""
    return (
        organisation is not None
        and organisation.verified
        and organisations.represents(user, organisation)
    )


rules.add_perm(
    "consultations.contribute", is_active_user | consultation_allows_anonymous
)
rules.add_perm("consultations.comment", is_active_user)
rules.add_perm("consultations.support", is_active_user)
rules.add_perm("consultations.flag", is_active_user)
rules.add_perm("consultations.edit", is_active_user & is_contribution_author)
rules.add_perm("consultations.withdraw", is_active_user & is_contribution_author)
rules.add_perm(
    "consultations.endorse", is_active_user & represents_verified_organisation
)
rules.add_perm("consultations.moderate", is_active_user & can_moderate)
rules.add_perm("consultations.answer", is_active_user & can_answer)
rules.add_perm("consultations.export", is_active_user & can_export)
rules.add_perm("consultations.close_out", is_active_user & can_publish_closeout)
