"""Every write of the governance module, and the charter's rules they enforce.

- ``charter``: the numbers and computations of articles 5 and 12 (deadlines,
  Moroccan working days, double majority, absences within two calendar years);
- ``mandates``: composition and parity, mandate checks, ends of membership;
- ``meetings``: the secretariat's steps of a meeting;
- ``participation``: members' agenda proposals and remarks on draft minutes.
"""

from .charter import (
    add_working_days,
    double_majority,
    invitation_deadline,
    is_working_day,
    minutes_due,
)
from .mandates import (
    Composition,
    absences_detect,
    composition,
    end_proposal_decide,
    mandate_check,
    mandate_create,
    member_end,
)
from .meetings import (
    Timeline,
    attendance_record,
    decision_delete,
    decision_record,
    invitees,
    meeting_invite,
    meeting_mark_held,
    minutes_open_remarks,
    minutes_publish,
    minutes_save,
    timeline,
)
from .participation import member_for, proposal_review, proposal_submit, remark_submit

__all__ = [
    "Composition",
    "Timeline",
    "absences_detect",
    "add_working_days",
    "attendance_record",
    "composition",
    "decision_delete",
    "decision_record",
    "double_majority",
    "end_proposal_decide",
    "invitation_deadline",
    "invitees",
    "is_working_day",
    "mandate_check",
    "mandate_create",
    "meeting_invite",
    "meeting_mark_held",
    "member_end",
    "member_for",
    "minutes_due",
    "minutes_open_remarks",
    "minutes_publish",
    "minutes_save",
    "proposal_review",
    "proposal_submit",
    "remark_submit",
    "timeline",
]
