"""The secretariat's steps of a meeting (article 5), one function per step.

planned -> invitation sent (with the agenda, 10 days ahead) -> held (attendance,
decisions) -> minutes drafted (3 working days) -> open to members' remarks ->
published. Each step checks who asks (``governance.manage``) and where the
meeting stands; the admin, the site and the API all come through here.
"""

import datetime
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core import activity
from core.errors import DomainError, Forbidden

from .. import emails
from ..models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Decision,
    DecisionMethod,
    DecisionResult,
    Meeting,
    MeetingStatus,
    Member,
)
from . import charter
from .mandates import absences_detect, composition


@dataclass(frozen=True)
class Timeline:
    """The charter's dates of one meeting, and whether they were kept."""

    invitation_deadline: datetime.date
    invitation_late: bool
    proposals_close: datetime.datetime | None
    proposals_open: bool
    minutes_due: datetime.date
    minutes_late: bool
    remarks_open: bool
    publishable: bool


def timeline(meeting: Meeting, *, now: datetime.datetime | None = None) -> Timeline:
    now = now or timezone.now()
    today = timezone.localdate(now)
    sent = meeting.invitation_sent_at
    deadline = charter.invitation_deadline(meeting.start)
    due = charter.minutes_due(meeting.start)
    drafted = meeting.minutes_drafted_at
    if sent:
        invitation_late = not charter.invitation_on_time(meeting.start, sent)
    else:
        invitation_late = meeting.status == MeetingStatus.PLANNED and today > deadline
    if drafted:
        minutes_late = timezone.localdate(drafted) > due
    else:
        minutes_late = meeting.status == MeetingStatus.HELD and today > due
    in_review = meeting.status == MeetingStatus.MINUTES_REVIEW
    return Timeline(
        invitation_deadline=deadline,
        invitation_late=invitation_late,
        proposals_close=charter.proposals_close(sent) if sent else None,
        proposals_open=meeting.status == MeetingStatus.INVITED
        and charter.proposals_open(sent, now),
        minutes_due=due,
        minutes_late=minutes_late,
        remarks_open=in_review and today <= meeting.remarks_until,
        publishable=in_review and today > meeting.remarks_until,
    )


def invitees(meeting: Meeting):
    """The members holding a mandate on the meeting's day."""
    return (
        Member.objects.filter(body_id=meeting.body_id)
        .on(timezone.localdate(meeting.start))
        .select_related("user", "organisation")
    )


def _manage(meeting: Meeting, by, message) -> Meeting:
    if not by.has_perm("governance.manage", meeting):
        raise Forbidden(message)
    return Meeting.objects.select_for_update().get(pk=meeting.pk)


def _step(meeting: Meeting, *allowed: str) -> None:
    if meeting.status not in allowed:
        raise DomainError(
            _("Not possible at this step (%(step)s).")
            % {"step": meeting.get_status_display()},
            code="wrong_step",
        )


@transaction.atomic
def meeting_invite(*, meeting: Meeting, by, now=None) -> Meeting:
    """Send the invitation and the agenda to the members; the meeting goes public.

    Sending after the 10-day deadline is allowed (a meeting may be urgent): the
    timeline shows it as late, on the admin screen and in the record.
    """
    meeting = _manage(meeting, by, _("Only the secretariat sends invitations."))
    _step(meeting, MeetingStatus.PLANNED)
    now = now or timezone.now()
    if meeting.start <= now:
        raise DomainError(_("This meeting's date has passed: change it first."))
    if not meeting.agenda_items.exists():
        raise DomainError(
            _("Add at least one agenda item: the invitation carries the agenda.")
        )
    meeting.status = MeetingStatus.INVITED
    meeting.invitation_sent_at = now
    meeting.save(update_fields=["status", "invitation_sent_at"])
    emails.invitation_emails(meeting, invitees(meeting))
    activity.publish(
        kind="governance.agenda",
        target=meeting,
        actor=by,
        key=f"governance.agenda:{meeting.pk}",
        followed=[meeting.body],
    )
    return meeting


@transaction.atomic
def meeting_mark_held(*, meeting: Meeting, by, now=None) -> Meeting:
    meeting = _manage(meeting, by, _("Only the secretariat records meetings."))
    _step(meeting, MeetingStatus.INVITED)
    now = now or timezone.now()
    if now < meeting.start:
        raise DomainError(_("The meeting has not started yet."))
    meeting.status = MeetingStatus.HELD
    meeting.held_at = now
    meeting.save(update_fields=["status", "held_at"])
    return meeting


_RECORDING = (
    MeetingStatus.HELD,
    MeetingStatus.MINUTES_DRAFTED,
    MeetingStatus.MINUTES_REVIEW,
)


def _institution(member: Member, code: str) -> str:
    if member.organisation_id:
        other = "fr" if code == "ar" else "ar"
        return getattr(member.organisation, f"name_{code}") or getattr(
            member.organisation, f"name_{other}"
        )
    return member.text("institution", code)


@transaction.atomic
def attendance_record(*, meeting: Meeting, by, statuses: dict) -> list:
    """Record who attended (present, remote, excused, absent), with the
    institution each represented; then look for article 12's absences.

    ``statuses`` maps member ids to an ``AttendanceStatus``. Returns the ends of
    membership newly proposed to the secretariat.
    """
    meeting = _manage(meeting, by, _("Only the secretariat records attendance."))
    _step(meeting, *_RECORDING)
    members = {m.pk: m for m in invitees(meeting)}
    errors = []
    for key, status in statuses.items():
        if int(key) not in members:
            errors.append(
                _("%(id)s is not a member on the meeting's day.") % {"id": key}
            )
        elif status not in AttendanceStatus.values:
            errors.append(_("Unknown attendance: %(value)s.") % {"value": status})
    if errors:
        raise ValidationError({"attendance": errors})
    for key, status in statuses.items():
        member = members[int(key)]
        Attendance.objects.update_or_create(
            meeting=meeting,
            member=member,
            defaults={
                "status": status,
                "institution_ar": _institution(member, "ar"),
                "institution_fr": _institution(member, "fr"),
                "recorded_at": timezone.now(),
            },
        )
    return absences_detect(body=meeting.body)


def _count(value, name: str, errors: dict) -> int:
    try:
        number = int(value or 0)
    except (TypeError, ValueError):
        number = -1
    if number < 0:
        errors.setdefault(name, []).append(_("Give a whole number, 0 or more."))
    return max(number, 0)


@transaction.atomic
def decision_record(
    *,
    meeting: Meeting,
    by,
    text_ar: str,
    text_fr: str,
    text_en: str = "",
    method: str = DecisionMethod.CONSENSUS,
    votes: dict | None = None,
) -> Decision:
    """Record a decision; a vote's result is computed (article 5's double majority).

    ``votes`` holds ``administration_for``, ``administration_against``,
    ``administration_abstentions`` and the same for ``civil_society``. The seats
    of each constituency are those held on the meeting's day.
    """
    meeting = _manage(meeting, by, _("Only the secretariat records decisions."))
    _step(meeting, *_RECORDING)
    errors: dict[str, list] = {}
    if not text_ar.strip():
        errors["text_ar"] = [_("Write the decision in Arabic.")]
    if not text_fr.strip():
        errors["text_fr"] = [_("Write the decision in French.")]
    if method not in DecisionMethod.values:
        errors["method"] = [_("Choose consensus or a vote.")]
    decision = Decision(
        meeting=meeting,
        text_ar=text_ar.strip(),
        text_fr=text_fr.strip(),
        text_en=text_en.strip(),
        method=method,
        result=DecisionResult.ADOPTED,
    )
    if method == DecisionMethod.VOTE:
        votes = votes or {}
        seats = composition(meeting.body, on=timezone.localdate(meeting.start))
        sides = {}
        for side, members in (
            ("administration", seats.administration),
            ("civil_society", seats.civil_society),
        ):
            counts = {
                part: _count(votes.get(f"{side}_{part}"), f"{side}_{part}", errors)
                for part in ("for", "against", "abstentions")
            }
            vote = charter.Vote(
                members=members,
                votes_for=counts["for"],
                against=counts["against"],
                abstentions=counts["abstentions"],
            )
            if vote.cast > members:
                errors.setdefault(f"{side}_for", []).append(
                    _("More votes than the %(members)s members of this constituency.")
                    % {"members": members}
                )
            if members == 0:
                errors.setdefault(f"{side}_for", []).append(
                    _("A double-majority vote needs members of both constituencies.")
                )
            setattr(decision, f"{side}_members", members)
            for part, number in counts.items():
                setattr(decision, f"{side}_{part}", number)
            sides[side] = vote
        if not errors:
            adopted = charter.double_majority(
                sides["administration"], sides["civil_society"]
            )
            decision.result = (
                DecisionResult.ADOPTED if adopted else DecisionResult.REJECTED
            )
    if errors:
        raise ValidationError(errors)
    last = meeting.decisions.aggregate(last=Max("position"))["last"] or 0
    decision.position = last + 1
    decision.save()
    return decision


@transaction.atomic
def decision_delete(*, decision: Decision, by) -> None:
    meeting = _manage(
        decision.meeting, by, _("Only the secretariat records decisions.")
    )
    _step(meeting, *_RECORDING)
    decision.delete()


@transaction.atomic
def minutes_save(
    *, meeting: Meeting, by, minutes_ar: str, minutes_fr: str, minutes_en="", now=None
) -> Meeting:
    """Save the draft minutes; the first save is the "minutes drafted" step,
    due 3 working days after the meeting."""
    meeting = _manage(meeting, by, _("Only the secretariat writes the minutes."))
    _step(meeting, *_RECORDING)
    meeting.minutes_ar, meeting.minutes_fr = minutes_ar, minutes_fr
    meeting.minutes_en = minutes_en
    if meeting.status == MeetingStatus.HELD:
        meeting.status = MeetingStatus.MINUTES_DRAFTED
        meeting.minutes_drafted_at = now or timezone.now()
    meeting.save()
    return meeting


def _require_minutes(meeting: Meeting) -> None:
    missing = meeting.missing_languages("minutes")
    if missing:
        raise DomainError(
            _("Write the minutes in Arabic and in French first (article 5)."),
            code="minutes_missing",
        )


@transaction.atomic
def minutes_open_remarks(
    *, meeting: Meeting, by, until: datetime.date | None = None, now=None
) -> Meeting:
    """Send the draft minutes to the members, who may comment until ``until``."""
    meeting = _manage(meeting, by, _("Only the secretariat sends the minutes."))
    _step(meeting, MeetingStatus.MINUTES_DRAFTED)
    _require_minutes(meeting)
    today = timezone.localdate(now or timezone.now())
    until = until or charter.default_remarks_until(today)
    if until <= today:
        raise ValidationError({"until": _("Leave the members at least one day.")})
    meeting.status = MeetingStatus.MINUTES_REVIEW
    meeting.remarks_until = until
    meeting.save(update_fields=["status", "remarks_until"])
    emails.remarks_emails(meeting, invitees(meeting))
    return meeting


@transaction.atomic
def minutes_publish(*, meeting: Meeting, by, now=None) -> Meeting:
    """Publish the minutes, the attendance list and the decisions (article 5),
    once the members' time for remarks is over."""
    meeting = _manage(meeting, by, _("Only the secretariat publishes the minutes."))
    _step(meeting, MeetingStatus.MINUTES_REVIEW)
    now = now or timezone.now()
    if timezone.localdate(now) <= meeting.remarks_until:
        raise DomainError(
            _("Members may send remarks until %(date)s: publish after that.")
            % {"date": meeting.remarks_until.isoformat()},
            code="remarks_open",
        )
    _require_minutes(meeting)
    if not meeting.attendance.exists():
        raise DomainError(_("Record the attendance before publishing."))
    meeting.status = MeetingStatus.PUBLISHED
    meeting.minutes_published_at = now
    meeting.save(update_fields=["status", "minutes_published_at"])
    activity.publish(
        kind="governance.minutes",
        target=meeting,
        actor=by,
        key=f"governance.minutes:{meeting.pk}",
        followed=[meeting.body],
    )
    return meeting


def agenda_item_add(*, meeting: Meeting, titles: dict, proposed_by=None) -> AgendaItem:
    """Append an item to the agenda (the caller holds the meeting and the right)."""
    errors = {
        f"title_{code}": [_("Write the item in this language.")]
        for code in ("ar", "fr")
        if not titles.get(code, "").strip()
    }
    if errors:
        raise ValidationError(errors)
    last = meeting.agenda_items.aggregate(last=Max("sort_order"))["last"]
    return AgendaItem.objects.create(
        meeting=meeting,
        sort_order=(last if last is not None else -1) + 1,
        title_ar=titles["ar"].strip(),
        title_fr=titles["fr"].strip(),
        title_en=titles.get("en", "").strip(),
        proposed_by=proposed_by,
    )
