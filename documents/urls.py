"""Public site URLs. The document library.

Included under the language prefix (/ar/, /fr/, /en/) by ``cms.project_urls``.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("library/", views.document_list, name="library"),
    path("library/<int:pk>/", views.document_detail, name="library_detail"),
]
