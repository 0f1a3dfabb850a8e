"""The secretariat's admin screens: a meeting's steps, the end of a membership."""

from django.urls import path

from . import meetings as meeting_views
from . import members as member_views

urlpatterns = [
    path(
        "governance/meetings/<int:pk>/steps/",
        meeting_views.meeting_steps,
        name="governance_admin_meeting_steps",
    ),
    path(
        "governance/members/<int:pk>/end/",
        member_views.member_end_view,
        name="governance_admin_member_end",
    ),
    path(
        "governance/end-proposals/<int:pk>/decide/",
        member_views.end_proposal_view,
        name="governance_admin_end_proposal",
    ),
]
