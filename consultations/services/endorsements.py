"""Organisations endorse a contribution in their own name, once each.

A representative of a verified organisation (``working_groups``) acts for it;
any of its representatives may withdraw the organisation's endorsement.
"""

from django.db import IntegrityError, transaction

from ..models import Contribution, ContributionStatus, Endorsement, Status
from .common import require
from .errors import AlreadyEndorsed, AlreadyWithdrawn, ConsultationNotOpen, NotPublic


def _endorse_refusal(contribution: Contribution, consultation):
    """Why no organisation may endorse ``contribution`` now, or None."""
    if contribution.status != ContributionStatus.PUBLISHED:
        return NotPublic()
    if contribution.withdrawn_at is not None:
        return AlreadyWithdrawn()
    if consultation.status != Status.OPEN:
        return ConsultationNotOpen(consultation)
    return None


def endorsement_possible(*, contribution: Contribution, consultation) -> bool:
    """Whether the contribution takes endorsements now (``consultation`` is its
    consultation, already read: no query)."""
    return _endorse_refusal(contribution, consultation) is None


def endorsement_add(*, user, organisation, contribution: Contribution) -> Endorsement:
    """``organisation`` endorses ``contribution``; safe under concurrent requests
    (the unique constraint turns a second endorsement into ``AlreadyEndorsed``)."""
    require(user, "consultations.endorse", organisation)
    contribution = Contribution.objects.select_related("consultation").get(
        pk=contribution.pk
    )
    refusal = _endorse_refusal(contribution, contribution.consultation)
    if refusal is not None:
        raise refusal
    try:
        with transaction.atomic():
            return Endorsement.objects.create(
                organisation=organisation, contribution=contribution, user=user
            )
    except IntegrityError as exc:
        raise AlreadyEndorsed() from exc


@transaction.atomic
def endorsement_remove(*, user, organisation, contribution: Contribution) -> None:
    """The organisation withdraws its endorsement while the consultation is open."""
    require(user, "consultations.endorse", organisation)
    consultation = contribution.consultation
    if consultation.status != Status.OPEN:
        raise ConsultationNotOpen(consultation)
    Endorsement.objects.filter(
        organisation=organisation, contribution=contribution
    ).delete()
