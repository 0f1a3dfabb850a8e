"""Reads of the action plans module: what is public, the dashboard, the follow-up.

Lists work on translation sets' *source* rows (what records point to) and show
each row's text in the reader's language through ``core.translation``'s
``localized_map``: a whole dashboard is a fixed number of queries.
"""

from .followup import (
    api_updates,
    focal_point,
    overdue_milestones,
    reporting_commitments,
    review_queue,
    silent_commitments,
    updates_for,
)
from .public import (
    FOLLOWED_PHASES,
    Dashboard,
    Filters,
    apply_filters,
    commitment_by_number,
    commitment_status,
    commitments_fed_by,
    commitments_in,
    completion_of,
    dashboard,
    decorate,
    draft_comments,
    milestone_evidence,
    origin_contributions,
    plan_by_slug,
    plan_commitments,
    plans_for,
    public_plans,
    published_updates,
    timeline,
    with_texts,
)

__all__ = [
    "FOLLOWED_PHASES",
    "Dashboard",
    "Filters",
    "api_updates",
    "apply_filters",
    "commitment_by_number",
    "commitment_status",
    "commitments_fed_by",
    "commitments_in",
    "completion_of",
    "dashboard",
    "decorate",
    "draft_comments",
    "focal_point",
    "milestone_evidence",
    "origin_contributions",
    "overdue_milestones",
    "plan_by_slug",
    "plan_commitments",
    "plans_for",
    "public_plans",
    "published_updates",
    "reporting_commitments",
    "review_queue",
    "silent_commitments",
    "timeline",
    "updates_for",
    "with_texts",
]
