"""Who may do what in the governance module (django-rules).

The one definition: services, site views, admin views and the API ask
``user.has_perm("governance.<rule>", obj)``. The secretariat runs everything
(article 6 of the charter); a member is whoever holds a mandate in the meeting's
body on the meeting's day; the chair also sees the meetings being planned.
What a step allows (the proposal window, the remarks period) is the services'.
"""

import rules
from django.utils import timezone

from core.roles import is_active_user, is_secretariat

from .models import Meeting, MeetingStatus, Member, MemberRole


def _mandates(user, meeting):
    if not isinstance(meeting, Meeting) or not is_active_user(user):
        return Member.objects.none()
    return Member.objects.filter(body_id=meeting.body_id, user=user).on(
        timezone.localdate(meeting.start)
    )


@rules.predicate
def is_body_member(user, meeting) -> bool:
    """Holds a mandate (any role) in the meeting's body on the meeting's day."""
    return _mandates(user, meeting).exists()


@rules.predicate
def chairs_body(user, meeting) -> bool:
    return _mandates(user, meeting).filter(role=MemberRole.CHAIR).exists()


@rules.predicate
def is_announced(user, meeting) -> bool:
    """Invited meetings of published bodies are public (their agenda first)."""
    return (
        isinstance(meeting, Meeting)
        and meeting.status != MeetingStatus.PLANNED
        and meeting.body.is_published
    )


@rules.predicate
def minutes_are_published(user, meeting) -> bool:
    return isinstance(meeting, Meeting) and meeting.status == MeetingStatus.PUBLISHED


@rules.predicate
def minutes_in_review(user, meeting) -> bool:
    return (
        isinstance(meeting, Meeting) and meeting.status == MeetingStatus.MINUTES_REVIEW
    )


# Bodies, mandates, meetings and their steps: the admin's work.
rules.add_perm("governance.manage", is_secretariat)
# A meeting's page: public once invited; the chair sees it while planned.
rules.add_perm("governance.view_meeting", is_announced | is_secretariat | chairs_body)
# Minutes, attendance and decisions: public once published; the draft goes to
# the members while it is open to their remarks, never to the public.
rules.add_perm(
    "governance.view_minutes",
    minutes_are_published | is_secretariat | (minutes_in_review & is_body_member),
)
# The online link and the member's own view of the meeting.
rules.add_perm("governance.attend", (is_announced & is_body_member) | is_secretariat)
rules.add_perm("governance.propose_item", is_announced & is_body_member)
rules.add_perm("governance.comment_minutes", minutes_in_review & is_body_member)
# One's own invitations (a list: no object).
rules.add_perm("governance.list_invitations", is_active_user)
