"""The editorial content's API: Wagtail's v2 endpoints at /api/v2/."""

from django.urls import path

from .wagtail_api import api_router

urlpatterns = [path("v2/", api_router.urls)]
