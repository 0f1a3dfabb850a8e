"""Public site URLs of the national action plans, their follow-up and open data.

Included under the language prefix (/ar/, /fr/, /en/) by ``cms.project_urls``.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("action-plans/", views.plan_list, name="action_plans"),
    path("open-data/", views.data_page, name="open_data"),
    path("action-plans/report/", views.report_desk, name="action_plans_report"),
    path(
        "action-plans/report/commitments/<int:pk>/new/",
        views.update_new,
        name="action_plans_update_new",
    ),
    path(
        "action-plans/report/commitments/<int:pk>/assess/",
        views.update_assess,
        name="action_plans_assess",
    ),
    path(
        "action-plans/report/updates/<int:pk>/",
        views.update_review,
        name="action_plans_update",
    ),
    path(
        "action-plans/report/updates/<int:pk>/edit/",
        views.update_edit,
        name="action_plans_update_edit",
    ),
    path(
        "action-plans/data/<slug:scope>.zip",
        views.bundle_download,
        name="action_plans_bundle",
    ),
    path(
        "action-plans/data/<slug:scope>.json",
        views.bundle_json,
        name="action_plans_bundle_json",
    ),
    path(
        "action-plans/data/<slug:scope>/<slug:table>.csv",
        views.table_csv,
        name="action_plans_table",
    ),
    path("action-plans/<slug:slug>/", views.plan_dashboard, name="action_plan"),
    path(
        "action-plans/<slug:slug>/commitments/<int:number>/",
        views.commitment_detail,
        name="action_plans_commitment",
    ),
    path(
        "action-plans/<slug:slug>/commitments/<int:number>/comment/",
        views.commitment_comment,
        name="action_plans_comment",
    ),
]
