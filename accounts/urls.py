"""Public site URLs. The person's own space: profile, data export and deletion.

Included under the language prefix (/ar/, /fr/, /en/) by ``cms.project_urls``.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("account/", views.profile, name="account_profile"),
    path("account/edit/", views.edit, name="account_edit"),
    path("account/export/", views.export, name="account_export"),
    path("account/delete/", views.delete, name="account_delete"),
]
