"""Public site URLs. The search page.

Included under the language prefix (/ar/, /fr/, /en/) by ``cms.project_urls``.
"""

from django.urls import path

from . import views

urlpatterns = [
    path("search/", views.search_page, name="search"),
]
