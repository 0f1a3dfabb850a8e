"""Every write of action plans, in one place: the site, the API, the admin, the
demo and the tests call these functions; none of them re-implements a rule.

``plans``: co-creation (opening a draft for comments through a consultation,
comments on draft commitments) and the secretariat's assessment; ``progress``:
focal points' progress updates and their review; ``alerts``: overdue milestones
and silent commitments, flagged once by email.
"""

from .alerts import AlertCounts, alerts_send
from .people import focal_point_emails, reviewer_emails
from .plans import commitment_assess, draft_comment_submit, plan_cocreation_open
from .progress import EvidenceItem, MilestoneReport, update_review, update_save

__all__ = [
    "AlertCounts",
    "EvidenceItem",
    "MilestoneReport",
    "alerts_send",
    "commitment_assess",
    "draft_comment_submit",
    "focal_point_emails",
    "plan_cocreation_open",
    "reviewer_emails",
    "update_review",
    "update_save",
]
