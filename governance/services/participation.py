"""What members write: agenda proposals in the three days after the invitation,
and remarks on the draft minutes while they are open. Both stay private: the
secretariat reads them, adds retained items to the agenda and amends the minutes.
"""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.antiabuse import rate_limit
from core.errors import DomainError, Forbidden

from ..models import (
    AgendaProposal,
    AgendaProposalStatus,
    Meeting,
    MeetingStatus,
    Member,
    MinutesRemark,
)
from .meetings import agenda_item_add, timeline

# Per member and hour, on the site and the API alike.
WRITES_PER_HOUR = 20


def member_for(user, meeting: Meeting) -> Member | None:
    """The user's mandate in the meeting's body on the meeting's day."""
    if not user.is_authenticated:
        return None
    return (
        Member.objects.filter(body_id=meeting.body_id, user=user)
        .on(timezone.localdate(meeting.start))
        .first()
    )


def _text(text: str, field: str) -> str:
    text = (text or "").strip()
    if not text:
        raise ValidationError({field: [_("Write something first.")]})
    return text


@transaction.atomic
def proposal_submit(*, meeting: Meeting, by, text: str, now=None) -> AgendaProposal:
    """A member proposes an agenda item while the window is open (article 5)."""
    # The mandate is asked for itself: a superuser passes every rule but holds
    # no seat, and a proposal is a member's.
    member = member_for(by, meeting)
    if member is None or not by.has_perm("governance.propose_item", meeting):
        raise Forbidden(_("Only the body's members propose agenda items."))
    now = now or timezone.now()
    if not timeline(meeting, now=now).proposals_open:
        raise DomainError(
            _("Proposals are taken in the 3 days after the invitation only."),
            code="proposals_closed",
        )
    text = _text(text, "text")
    rate_limit("governance-write", f"user:{by.pk}", limit=WRITES_PER_HOUR, period=3600)
    return AgendaProposal.objects.create(
        meeting=meeting,
        member=member,
        author=by,
        text=text[:2000],
        created_at=now,
    )


@transaction.atomic
def proposal_review(
    *, proposal: AgendaProposal, by, accept: bool, titles: dict | None = None
) -> AgendaProposal:
    """The secretariat adds a proposal to the agenda (in both languages) or not."""
    meeting = proposal.meeting
    if not by.has_perm("governance.manage", meeting):
        raise Forbidden(_("Only the secretariat sets the agenda."))
    proposal = AgendaProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != AgendaProposalStatus.PENDING:
        raise DomainError(_("This proposal has already been decided."))
    if meeting.reached(MeetingStatus.HELD):
        raise DomainError(_("The meeting has been held: its agenda is closed."))
    if accept:
        proposal.agenda_item = agenda_item_add(
            meeting=meeting, titles=titles or {}, proposed_by=proposal.member
        )
    proposal.status = (
        AgendaProposalStatus.ACCEPTED if accept else AgendaProposalStatus.DECLINED
    )
    proposal.decided_at = timezone.now()
    proposal.save(update_fields=["status", "decided_at", "agenda_item"])
    return proposal


@transaction.atomic
def remark_submit(*, meeting: Meeting, by, text: str, now=None) -> MinutesRemark:
    """A member comments on the draft minutes before they are published."""
    member = member_for(by, meeting)  # a superuser holds no seat
    if member is None or not by.has_perm("governance.comment_minutes", meeting):
        raise Forbidden(_("Only the body's members comment on the draft minutes."))
    now = now or timezone.now()
    if not timeline(meeting, now=now).remarks_open:
        raise DomainError(
            _("The draft minutes are not open to remarks."), code="remarks_closed"
        )
    text = _text(text, "text")
    rate_limit("governance-write", f"user:{by.pk}", limit=WRITES_PER_HOUR, period=3600)
    return MinutesRemark.objects.create(
        meeting=meeting,
        member=member,
        author=by,
        text=text[:4000],
        created_at=now,
    )
