"""Public site URLs. Consultations, contributions, comments, supports and reports.

Included under the language prefix (/ar/, /fr/, /en/) by ``cms.project_urls``.
"""

from django.urls import path

from . import views

urlpatterns = [
    path(
        "consultations/attachments/<int:pk>/",
        views.contribution_attachment,
        name="contribution_attachment",
    ),
    path("consultations/", views.consultation_list, name="consultation_list"),
    path(
        "consultations/general-box/",
        views.general_box,
        name="consultation_general_box",
    ),
    path(
        "consultations/general-box/contribute/",
        views.contribute,
        name="consultation_general_box_contribute",
    ),
    path(
        "consultations/general-box/comment/",
        views.comment,
        name="consultation_general_box_comment",
    ),
    path(
        "consultations/verify/<str:token>/",
        views.verify_email,
        name="consultation_verify_email",
    ),
    path(
        "consultations/contributions/<int:pk>/support/",
        views.support,
        name="consultation_support",
    ),
    path(
        "consultations/contributions/<int:pk>/edit/",
        views.contribution_edit,
        name="consultation_contribution_edit",
    ),
    path(
        "consultations/contributions/<int:pk>/withdraw/",
        views.contribution_withdraw,
        name="consultation_contribution_withdraw",
    ),
    path(
        "consultations/contributions/<int:pk>/endorse/",
        views.endorse,
        name="consultation_endorse",
    ),
    path(
        "consultations/comments/<int:pk>/",
        views.comment_permalink,
        name="consultation_comment_permalink",
    ),
    path(
        "consultations/contributions/<int:pk>/report/",
        views.flag,
        name="consultation_flag_contribution",
    ),
    path(
        "consultations/comments/<int:pk>/report/",
        views.flag,
        {"target": "comment"},
        name="consultation_flag_comment",
    ),
    path(
        "consultations/<str:slug>/",
        views.consultation_detail,
        name="consultation_detail",
    ),
    path(
        "consultations/<str:slug>/feed.rss",
        views.ContributionFeed(),
        name="consultation_feed",
    ),
    path(
        "consultations/<str:slug>/contribute/",
        views.contribute,
        name="consultation_contribute",
    ),
    path(
        "consultations/<str:slug>/comment/",
        views.comment,
        name="consultation_comment",
    ),
]
