"""Public site URLs of the governance bodies and their meetings.

Included under the language prefix (/ar/, /fr/, /en/) by ``cms.project_urls``,
before Wagtail's pages: ``governance/`` itself stays the editorial page.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("governance/bodies/", views.body_list, name="governance_bodies"),
    path("governance/bodies/<slug:slug>/", views.body_detail, name="governance_body"),
    path("governance/meetings/", views.meeting_list, name="governance_meetings"),
    path(
        "governance/meetings/calendar.ics",
        views.calendar_ics,
        name="governance_calendar_ics",
    ),
    path("governance/my-meetings/", views.my_meetings, name="governance_my_meetings"),
    path(
        "governance/meetings/<slug:slug>/",
        views.meeting_detail,
        name="governance_meeting",
    ),
    path(
        "governance/meetings/<slug:slug>/propose/",
        views.meeting_propose,
        name="governance_meeting_propose",
    ),
    path(
        "governance/meetings/<slug:slug>/remark/",
        views.meeting_remark,
        name="governance_meeting_remark",
    ),
    path(
        "governance/meetings/<slug:slug>/meeting.ics",
        views.meeting_ics,
        name="governance_meeting_ics",
    ),
]
