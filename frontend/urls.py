"""The public site's own views, under the language prefix (/ar/, /fr/, /en/).

Editorial pages are served by Wagtail (cms.urls); each participation module has its
own section here, and its views in ``frontend/views/<module>.py``.
"""

from django.urls import path

from .views import account, consultations, media, pages
from .views import events as event_views
from .views import library as library_views
from .views import search as search_views
from .views import working_groups as wg_views

urlpatterns = [
    # Accounts: the person's space, data export and deletion.
    path("account/", account.profile, name="account_profile"),
    path("account/edit/", account.edit, name="account_edit"),
    path("account/export/", account.export, name="account_export"),
    path("account/delete/", account.delete, name="account_delete"),
    # Uploaded files that only some may see
    path(
        "consultations/attachments/<int:pk>/",
        media.contribution_attachment,
        name="contribution_attachment",
    ),
    path(
        "working-groups/applications/<int:pk>/document/",
        media.application_document,
        name="working_group_application_document",
    ),
    # News feeds
    path("feeds/news.rss", pages.NewsRssFeed(), name="news_feed_rss"),
    path("feeds/news.atom", pages.NewsAtomFeed(), name="news_feed_atom"),
    # Document library (issue: documents)
    path("library/", library_views.document_list, name="library"),
    path("library/<int:pk>/", library_views.document_detail, name="library_detail"),
    # Search (issue: search)
    path("search/", search_views.search_page, name="search"),
    # Consultations
    path("consultations/", consultations.consultation_list, name="consultation_list"),
    path(
        "consultations/general-box/",
        consultations.general_box,
        name="consultation_general_box",
    ),
    path(
        "consultations/general-box/contribute/",
        consultations.contribute,
        name="consultation_general_box_contribute",
    ),
    path(
        "consultations/general-box/comment/",
        consultations.comment,
        name="consultation_general_box_comment",
    ),
    path(
        "consultations/verify/<str:token>/",
        consultations.verify_email,
        name="consultation_verify_email",
    ),
    path(
        "consultations/contributions/<int:pk>/support/",
        consultations.support,
        name="consultation_support",
    ),
    path(
        "consultations/contributions/<int:pk>/report/",
        consultations.flag,
        name="consultation_flag_contribution",
    ),
    path(
        "consultations/comments/<int:pk>/report/",
        consultations.flag,
        {"target": "comment"},
        name="consultation_flag_comment",
    ),
    path(
        "consultations/<str:slug>/",
        consultations.consultation_detail,
        name="consultation_detail",
    ),
    path(
        "consultations/<str:slug>/feed.rss",
        consultations.ContributionFeed(),
        name="consultation_feed",
    ),
    path(
        "consultations/<str:slug>/contribute/",
        consultations.contribute,
        name="consultation_contribute",
    ),
    path(
        "consultations/<str:slug>/comment/",
        consultations.comment,
        name="consultation_comment",
    ),
    # Working groups and organisations
    path("organisations/", wg_views.organisation_list, name="organisation_list"),
    path(
        "organisations/register/",
        wg_views.organisation_register,
        name="organisation_register",
    ),
    path(
        "organisations/<str:slug>/edit/",
        wg_views.organisation_edit,
        name="organisation_edit",
    ),
    path(
        "organisations/<str:slug>/",
        wg_views.organisation_detail,
        name="organisation_detail",
    ),
    path("working-groups/", wg_views.group_list, name="working_group_list"),
    path(
        "working-groups/applications/<int:pk>/decide/",
        wg_views.application_decide,
        name="working_group_application_decide",
    ),
    path(
        "working-groups/<str:slug>/leave/",
        wg_views.membership_leave,
        name="working_group_leave",
    ),
    path(
        "working-groups/<str:slug>/",
        wg_views.group_detail,
        name="working_group_detail",
    ),
    # Events and trainings
    path("events/", event_views.event_list, name="event_list"),
    path("events/calendar/", event_views.calendar_page, name="events_calendar"),
    path("events/calendar.ics", event_views.calendar_ics, name="events_calendar_ics"),
    path("events/<int:pk>/", event_views.event_detail, name="event_detail"),
    path("events/<int:pk>/event.ics", event_views.event_ics, name="event_ics"),
    path(
        "events/registrations/verify/<str:token>/",
        event_views.registration_verify,
        name="event_registration_verify",
    ),
    path(
        "events/registrations/<str:token>/",
        event_views.registration_manage,
        name="event_registration_manage",
    ),
    path(
        "events/registrations/<str:token>/cancel/",
        event_views.registration_cancel,
        name="event_registration_cancel",
    ),
    path(
        "events/registrations/<str:token>/qr.png",
        event_views.registration_qr,
        name="event_registration_qr",
    ),
    path(
        "events/registrations/<str:token>/certificate.pdf",
        event_views.registration_certificate,
        name="event_registration_certificate",
    ),
]
