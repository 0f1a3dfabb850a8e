"""Article 4: the member organisations of the civil society space elect the
selection committee's civil-society member; one vote per organisation, secret
until the close."""

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.errors import DomainError, Forbidden
from working_groups.models import Organisation

from .. import queries
from ..models import AuditAction, Candidate, Election, Vote
from .audit import audit


@transaction.atomic
def vote_cast(
    *,
    election: Election,
    by,
    candidate: Candidate,
    organisation: Organisation | None = None,
) -> Vote:
    if not by.has_perm("calls.vote", election):
        if not election.is_open:
            raise DomainError(_("The vote is not open."))
        raise Forbidden(_("Only member organisations of the civil society space vote."))
    voters = queries.voting_organisations(by)
    if organisation is None and len(voters) == 1:
        organisation = voters[0]
    if organisation is None or organisation not in voters:
        raise ValidationError(
            {"organisation": [_("Choose the organisation you vote for.")]}
        )
    if candidate.election_id != election.pk:
        raise ValidationError({"candidate": [_("Choose one of the candidates.")]})
    if Vote.objects.filter(election=election, organisation=organisation).exists():
        raise DomainError(_("This organisation has already voted."), code="voted")
    try:
        with transaction.atomic():
            vote = Vote.objects.create(
                election=election,
                organisation=organisation,
                candidate=candidate,
                cast_by=by,
            )
    except IntegrityError:
        raise DomainError(
            _("This organisation has already voted."), code="voted"
        ) from None
    # The audit says that the organisation voted, never for whom.
    audit(election.call, AuditAction.VOTED, by, detail=str(organisation.pk))
    return vote


@transaction.atomic
def election_publish(*, election: Election, by) -> Election:
    election = Election.objects.select_for_update().get(pk=election.pk)
    if not by.has_perm("calls.manage", election.call):
        raise Forbidden(_("Only the secretariat publishes the election's results."))
    if not election.is_closed:
        raise DomainError(_("The vote is still open: its results stay secret."))
    if election.results_published_at:
        raise DomainError(_("The results are already published."))
    election.results_published_at = timezone.now()
    election.save(update_fields=["results_published_at"])
    audit(election.call, AuditAction.ELECTION_PUBLISHED, by)
    return election
