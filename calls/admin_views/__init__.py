"""The admin screens of calls: the call's overview (files, progress, ranking
with the flags around the cut-off, publication), the completeness check, the
committee member's scoring screen and the diversity decision."""

from django.urls import path

from . import screens

urlpatterns = [
    path("calls/committee/", screens.committee_home, name="calls_admin_home"),
    path("calls/<int:pk>/overview/", screens.call_overview, name="calls_admin_call"),
    path("calls/<int:pk>/decision/", screens.tie_decision, name="calls_admin_decision"),
    path(
        "calls/applications/<int:pk>/check/",
        screens.application_check,
        name="calls_admin_check",
    ),
    path(
        "calls/applications/<int:pk>/score/",
        screens.application_score,
        name="calls_admin_score",
    ),
]
