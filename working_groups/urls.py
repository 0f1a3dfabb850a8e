"""Public site URLs. Civil-society organisations and working groups.

Included under the language prefix (/ar/, /fr/, /en/) by ``cms.project_urls``.
"""

from django.urls import path

from . import views
from .views import records

urlpatterns = [
    path(
        "working-groups/applications/<int:pk>/document/",
        views.application_document,
        name="working_group_application_document",
    ),
    path("organisations/", views.organisation_list, name="organisation_list"),
    path(
        "organisations/register/",
        views.organisation_register,
        name="organisation_register",
    ),
    path(
        "organisations/<str:slug>/edit/",
        views.organisation_edit,
        name="organisation_edit",
    ),
    path(
        "organisations/<str:slug>/",
        views.organisation_detail,
        name="organisation_detail",
    ),
    path("working-groups/", views.group_list, name="working_group_list"),
    path(
        "working-groups/applications/<int:pk>/decide/",
        views.application_decide,
        name="working_group_application_decide",
    ),
    path(
        "working-groups/<str:slug>/news/new/",
        records.news_edit,
        name="working_group_news_new",
    ),
    path(
        "working-groups/<str:slug>/news/<int:pk>/edit/",
        records.news_edit,
        name="working_group_news_edit",
    ),
    path(
        "working-groups/<str:slug>/news/<int:pk>/",
        records.news_detail,
        name="working_group_news_detail",
    ),
    path(
        "working-groups/<str:slug>/decisions/new/",
        records.decision_edit,
        name="working_group_decision_new",
    ),
    path(
        "working-groups/<str:slug>/decisions/<int:pk>/edit/",
        records.decision_edit,
        name="working_group_decision_edit",
    ),
    path(
        "working-groups/<str:slug>/leave/",
        views.membership_leave,
        name="working_group_leave",
    ),
    path(
        "working-groups/<str:slug>/",
        views.group_detail,
        name="working_group_detail",
    ),
]
