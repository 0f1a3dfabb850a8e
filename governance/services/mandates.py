"""Mandates: composition and parity (article 3), seats, overlaps and consecutive
terms (article 4), and the end of membership (article 12).

``mandate_check`` is what the admin's member form and the demo call before a
mandate is saved; ``absences_detect`` runs after each attendance record and
proposes ends of membership that only the secretariat confirms.
"""

import datetime
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.errors import DomainError, Forbidden

from ..models import (
    ATTENDED,
    STEPS,
    ActionPlan,
    Attendance,
    AttendanceStatus,
    Body,
    Constituency,
    EndProposal,
    EndReason,
    MeetingStatus,
    Member,
    MemberRole,
    ProposalStatus,
)
from .charter import absences_breach


@dataclass
class Composition:
    """The seats held on ``day`` by constituency, and what breaks the rules."""

    day: datetime.date
    administration: int
    civil_society: int
    observers: int
    seats_administration: int | None = None
    seats_civil_society: int | None = None
    parity_required: bool = False
    problems: list[str] = field(default_factory=list)

    @property
    def balanced(self) -> bool:
        return self.administration == self.civil_society

    @property
    def total(self) -> int:
        return self.administration + self.civil_society


def composition(body: Body, *, on: datetime.date | None = None) -> Composition:
    """Seats per constituency on ``on`` (today), in one query, and the warnings:
    parity broken (article 3), more seats held than the body has."""
    day = on or timezone.localdate()
    # Mandates hold the source row; the seats settings are the same in every row.
    counts = (
        Member.objects.filter(body_id=body.source.pk)
        .on(day)
        .aggregate(
            administration=Count(
                "pk",
                filter=Q(
                    constituency=Constituency.ADMINISTRATION,
                    role__in=[MemberRole.CHAIR, MemberRole.MEMBER],
                ),
            ),
            civil_society=Count(
                "pk",
                filter=Q(
                    constituency=Constituency.CIVIL_SOCIETY,
                    role__in=[MemberRole.CHAIR, MemberRole.MEMBER],
                ),
            ),
            observers=Count("pk", filter=Q(constituency=Constituency.OBSERVER)),
        )
    )
    result = Composition(
        day=day,
        seats_administration=body.seats_administration,
        seats_civil_society=body.seats_civil_society,
        parity_required=body.parity_required,
        **counts,
    )
    if body.parity_required and not result.balanced:
        result.problems.append(
            _(
                "Parity is broken (article 3): %(administration)s public "
                "administration seats for %(civil_society)s civil society seats."
            )
            % counts
        )
    if (
        body.parity_required
        and body.seats_administration is not None
        and body.seats_administration != body.seats_civil_society
    ):
        result.problems.append(
            _("The body's seats are not equal between the two constituencies.")
        )
    for constituency, held in (
        (Constituency.ADMINISTRATION, result.administration),
        (Constituency.CIVIL_SOCIETY, result.civil_society),
    ):
        seats = body.seats(constituency)
        if seats is not None and held > seats:
            result.problems.append(
                _("%(label)s: %(held)s seats held for %(seats)s.")
                % {"label": constituency.label, "held": held, "seats": seats}
            )
    return result


def _overlaps(a: Member, b: Member) -> bool:
    return (b.until is None or a.start <= b.until) and (
        a.until is None or b.start <= a.until
    )


def _same_person(a: Member, b: Member) -> bool:
    if a.user_id and b.user_id:
        return a.user_id == b.user_id
    return any(
        getattr(a, name) and getattr(a, name) == getattr(b, name)
        for name in ("name_ar", "name_fr")
    )


def _same_seat_holder(a: Member, b: Member) -> bool:
    """The same organisation (or, without one, the same named institution)."""
    if a.organisation_id or b.organisation_id:
        return a.organisation_id == b.organisation_id
    return any(
        getattr(a, name) and getattr(a, name) == getattr(b, name)
        for name in ("institution_ar", "institution_fr")
    )


def _previous_plans(plan: ActionPlan, count: int) -> list[ActionPlan]:
    return list(
        ActionPlan.objects.filter(start__lt=plan.start).order_by("-start")[:count]
    )


def mandate_check(member: Member) -> None:
    """Refuse a mandate that breaks the charter, with errors by field.

    - observers sit as observers, and only they;
    - a person holds one mandate at a time in a body (no overlap);
    - an organisation or institution holds one seat at a time in a body;
    - a constituency never holds more seats than the body has;
    - civil society: no more than two consecutive terms (article 4).
    """
    member.clean()
    body = member.body  # its seats settings are the same in every translation
    if body.pk != body.source.pk:
        member.body = body.source
    errors: dict[str, list] = {}
    if (member.constituency == Constituency.OBSERVER) != (
        member.role == MemberRole.OBSERVER
    ):
        errors.setdefault("role", []).append(
            _("Observers sit in the observers' constituency, and only they.")
        )
    others = [
        other
        for other in Member.objects.filter(body_id=member.body_id)
        .exclude(pk=member.pk)
        .select_related("organisation")
        if _overlaps(member, other)
    ]
    for other in others:
        if (member.user_id or member.name_ar or member.name_fr) and _same_person(
            member, other
        ):
            errors.setdefault("start", []).append(
                _("This person already holds a mandate in this body on these dates.")
            )
            break
    if member.holds_seat:
        seats = [o for o in others if o.holds_seat]
        if any(_same_seat_holder(member, o) for o in seats):
            field = "organisation" if member.organisation_id else "institution_ar"
            errors.setdefault(field, []).append(
                _(
                    "This organisation or institution already holds a seat in this "
                    "body on these dates."
                )
            )
        limit = body.seats(member.constituency)
        same = [o for o in seats if o.constituency == member.constituency]
        if limit is not None:
            days = {member.start} | {o.start for o in same if o.start > member.start}
            for day in days:
                if not member.holds_on(day):
                    continue
                if 1 + sum(o.holds_on(day) for o in same) > limit:
                    errors.setdefault("constituency", []).append(
                        _("All %(seats)s seats of this constituency are taken.")
                        % {"seats": limit}
                    )
                    break
    if member.constituency == Constituency.CIVIL_SOCIETY and member.action_plan_id:
        previous = _previous_plans(member.action_plan, 2)
        if len(previous) == 2:
            held = Member.objects.filter(
                body_id=member.body_id,
                constituency=Constituency.CIVIL_SOCIETY,
                action_plan__in=previous,
            ).exclude(pk=member.pk)
            holders = [
                m
                for m in held
                if _same_seat_holder(member, m) or _same_person(member, m)
            ]
            if {m.action_plan_id for m in holders} == {p.pk for p in previous}:
                errors.setdefault("action_plan", []).append(
                    _(
                        "Article 4: a civil society organisation or person may not "
                        "serve more than two consecutive terms."
                    )
                )
    if errors:
        raise ValidationError(errors)


@transaction.atomic
def member_end(
    *, member: Member, by, reason: str, on: datetime.date | None = None
) -> Member:
    """End a mandate before its term (article 12); the date and reason are public."""
    if not by.has_perm("governance.manage", member.body):
        raise Forbidden(_("Only the secretariat ends a membership."))
    member = Member.objects.select_for_update().get(pk=member.pk)
    on = on or timezone.localdate()
    if reason not in EndReason.values:
        raise ValidationError({"reason": _("Choose a reason from article 12.")})
    if member.ended_on is not None:
        raise DomainError(_("This membership has already ended."))
    if on < member.start or (member.end is not None and on > member.end):
        raise ValidationError({"on": _("The date must fall within the mandate.")})
    member.ended_on = on
    member.end_reason = reason
    member.save(update_fields=["ended_on", "end_reason"])
    EndProposal.objects.filter(member=member, status=ProposalStatus.OPEN).update(
        status=ProposalStatus.DISMISSED, decided_at=timezone.now(), decided_by=by
    )
    return member


def _absence_days(member: Member) -> dict:
    """The meetings the member's seat missed without excuse: the member absent
    and nobody else of the same organisation there (an alternate stands in)."""
    absent = Attendance.objects.filter(
        member=member,
        status=AttendanceStatus.ABSENT,
        meeting__body_id=member.body_id,
        meeting__status__in=STEPS[STEPS.index(MeetingStatus.HELD) :],
    ).select_related("meeting")
    found = {}
    for row in absent:
        stood_in = False
        if member.organisation_id:
            stood_in = Attendance.objects.filter(
                meeting=row.meeting,
                member__organisation_id=member.organisation_id,
                status__in=ATTENDED,
            ).exists()
        if not stood_in:
            found[row.meeting] = timezone.localdate(row.meeting.start)
    return found


@transaction.atomic
def absences_detect(*, body: Body) -> list[EndProposal]:
    """Propose to end the mandates of civil society seats absent without excuse
    from three meetings within two calendar years (article 12).

    Article 12 concerns civil society representatives only. A proposal is made
    once per new absence: a dismissed one is not proposed again until the seat
    misses another meeting.
    """
    proposals = []
    today = timezone.localdate()
    members = (
        Member.objects.filter(body=body.source, constituency=Constituency.CIVIL_SOCIETY)
        .seats()
        .on(today)
    )
    for member in members:
        missed = _absence_days(member)
        days = absences_breach(list(missed.values()))
        if not days:
            continue
        meetings = [m for m, day in missed.items() if day in days]
        latest = max(meetings, key=lambda m: m.start)
        if EndProposal.objects.filter(member=member, meetings=latest).exists():
            continue
        if EndProposal.objects.filter(
            member=member, status=ProposalStatus.OPEN
        ).exists():
            continue
        proposal = EndProposal.objects.create(member=member, reason=EndReason.ABSENCES)
        proposal.meetings.set(meetings)
        proposals.append(proposal)
    return proposals


@transaction.atomic
def end_proposal_decide(
    *, proposal: EndProposal, by, confirm: bool, on: datetime.date | None = None
) -> EndProposal:
    """The secretariat confirms (the mandate ends, for absences) or dismisses."""
    if not by.has_perm("governance.manage", proposal.member.body):
        raise Forbidden(_("Only the secretariat decides on an end of membership."))
    proposal = EndProposal.objects.select_for_update().get(pk=proposal.pk)
    if proposal.status != ProposalStatus.OPEN:
        raise DomainError(_("This proposal has already been decided."))
    if confirm:
        member_end(member=proposal.member, by=by, reason=proposal.reason, on=on)
    proposal.status = ProposalStatus.CONFIRMED if confirm else ProposalStatus.DISMISSED
    proposal.decided_at = timezone.now()
    proposal.decided_by = by
    proposal.save(update_fields=["status", "decided_at", "decided_by"])
    return proposal


@transaction.atomic
def mandate_create(
    *,
    body: Body,
    by,
    constituency: str,
    organisation=None,
    action_plan: ActionPlan | None = None,
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    role: str = MemberRole.MEMBER,
) -> Member:
    """Give a seat (the selected organisations of a call, for instance), checked
    against the charter like the admin's member form."""
    if not by.has_perm("governance.manage", body):
        raise Forbidden(_("Only the secretariat gives a mandate."))
    member = Member(
        body=body.source,
        constituency=constituency,
        role=role,
        organisation=organisation,
        action_plan=action_plan,
        start=start,
        end=end,
    )
    mandate_check(member)
    member.save()
    return member
