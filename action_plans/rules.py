"""Who may do what in the action plans module (django-rules).

The one definition: services, site views, admin views and the API ask
``user.has_perm("action_plans.<rule>", obj)``. The secretariat runs the plans,
reviews progress updates and fills in the assessment; a focal point is bound to
one institution and reports only on the commitments that institution leads.
Who may comment on a draft commitment is the consultations module's rule, asked
by its service; this module only says whether the draft is open for comments.
"""

import rules

from core.roles import is_active_user, is_secretariat

from .models import Commitment, FocalPoint, Phase, Plan, ProgressUpdate, UpdateStatus


def _institution_id(user) -> int | None:
    """The institution ``user`` reports for (cached on the user), or None."""
    if not is_active_user(user):
        return None
    if "_action_plans_institution" not in user.__dict__:
        user.__dict__["_action_plans_institution"] = (
            FocalPoint.objects.filter(user=user, is_active=True)
            .values_list("institution_id", flat=True)
            .first()
        )
    return user.__dict__["_action_plans_institution"]


def _lead_id(commitment) -> int | None:
    if isinstance(commitment, ProgressUpdate):
        commitment = commitment.commitment
    if not isinstance(commitment, Commitment):
        return None
    return commitment.source.lead_id


@rules.predicate
def is_focal_point(user) -> bool:
    return _institution_id(user) is not None


@rules.predicate
def is_lead_focal_point(user, obj) -> bool:
    """Focal point of the institution that leads the commitment (or update's)."""
    institution = _institution_id(user)
    return institution is not None and institution == _lead_id(obj)


@rules.predicate
def is_update_editable(user, update) -> bool:
    return isinstance(update, ProgressUpdate) and update.status in (
        UpdateStatus.DRAFT,
        UpdateStatus.CHANGES_REQUESTED,
    )


@rules.predicate
def is_update_submitted(user, update) -> bool:
    return (
        isinstance(update, ProgressUpdate) and update.status == UpdateStatus.SUBMITTED
    )


@rules.predicate
def is_update_published(user, update) -> bool:
    return isinstance(update, ProgressUpdate) and update.is_published


@rules.predicate
def is_plan_public(user, obj) -> bool:
    plan = obj.plan if isinstance(obj, Commitment) else obj
    return isinstance(plan, Plan) and plan.is_public


@rules.predicate
def is_open_for_comments(user, commitment) -> bool:
    """The commitment's plan is a draft in co-creation with its consultation."""
    if not isinstance(commitment, Commitment):
        return False
    plan = commitment.plan
    return plan.phase == Phase.COCREATION and plan.cocreation_id is not None


# Plans, commitments, milestones, institutions, focal points: the admin's work.
rules.add_perm("action_plans.manage", is_secretariat)
# A plan or a commitment page: public plans for everyone, drafts for the staff.
rules.add_perm("action_plans.view_plan", is_plan_public | is_secretariat)
# Comments on a draft commitment (then the consultation's own rules apply).
rules.add_perm("action_plans.comment_draft", is_plan_public & is_open_for_comments)
# Progress: a focal point writes on the commitments its institution leads.
rules.add_perm("action_plans.report_progress", is_lead_focal_point)
rules.add_perm("action_plans.edit_update", is_lead_focal_point & is_update_editable)
rules.add_perm(
    "action_plans.view_update",
    is_update_published | is_secretariat | is_lead_focal_point,
)
# Review: publish or send back a submitted update.
rules.add_perm("action_plans.review_update", is_secretariat & is_update_submitted)
# The independent-reporting-style assessment, at mid-term and end of term.
rules.add_perm("action_plans.assess", is_secretariat)
# One's own reporting desk (a list: no object).
rules.add_perm("action_plans.report", is_focal_point | is_secretariat)
