"""The public site's own views, under the language prefix (/ar/, /fr/, /en/).

Editorial pages are served by Wagtail (cms.urls); each participation module has its
own section here, and its views in ``frontend/views/<module>.py``.
"""

from django.urls import path

from .views import account, consultations, pages

urlpatterns = [
    # Accounts: the person's space, data export and deletion.
    path("account/", account.profile, name="account_profile"),
    path("account/edit/", account.edit, name="account_edit"),
    path("account/export/", account.export, name="account_export"),
    path("account/delete/", account.delete, name="account_delete"),
    # News feeds
    path("feeds/news.rss", pages.NewsRssFeed(), name="news_feed_rss"),
    path("feeds/news.atom", pages.NewsAtomFeed(), name="news_feed_atom"),
    # Document library (issue: documents)
    # Search (issue: search)
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
    # Events and trainings
]
