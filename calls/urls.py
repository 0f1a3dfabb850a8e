"""Public site URLs of calls for applications (under /ar/, /fr/, /en/)."""

from django.urls import path

from . import views

urlpatterns = [
    path("calls/", views.call_list, name="calls_list"),
    path("calls/<slug:slug>/", views.call_detail, name="calls_detail"),
    path("calls/<slug:slug>/apply/", views.call_apply, name="calls_apply"),
    path("calls/<slug:slug>/results/", views.call_results, name="calls_results"),
    path("calls/<slug:slug>/vote/", views.election_vote, name="calls_vote"),
    path(
        "calls/applications/<int:pk>/",
        views.application_detail,
        name="calls_application",
    ),
    path(
        "calls/applications/<int:pk>/documents/<int:document_pk>/",
        views.document_download,
        name="calls_document",
    ),
]
