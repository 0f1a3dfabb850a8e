"""The public site's views: reading (``pages``) and taking part (``participation``).

Views translate between HTTP and ``consultations.services`` (writes and rules) or
``consultations.queries`` (reads and visibility); they hold no rule.
"""

from .authors import (
    comment_permalink,
    contribution_edit,
    contribution_withdraw,
    endorse,
)
from .pages import (
    ContributionFeed,
    consultation_detail,
    consultation_list,
    contribution_attachment,
    general_box,
)
from .participation import comment, contribute, flag, support, verify_email

__all__ = [
    "ContributionFeed",
    "comment",
    "comment_permalink",
    "consultation_detail",
    "consultation_list",
    "contribute",
    "contribution_edit",
    "contribution_withdraw",
    "contribution_attachment",
    "endorse",
    "flag",
    "general_box",
    "support",
    "verify_email",
]
