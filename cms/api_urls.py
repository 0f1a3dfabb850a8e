"""API URLs: /api/ (the modules), /api/v2/ (Wagtail pages), schema and docs."""

from django.urls import URLPattern, include, path, re_path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)

# Each module registers its viewsets on cms.api.router when its api module loads.
from consultations import api as consultations_api  # noqa: F401
from documents import api as documents_api  # noqa: F401
from events import api as events_api  # noqa: F401
from search import api as search_api  # noqa: F401
from working_groups import api as working_groups_api  # noqa: F401

from .api import RootView, not_found, router
from .wagtail_api import api_router

# Endpoints that modules declare as plain URL patterns appear in the root too.
RootView.extra_links = [
    (pattern.name.removeprefix("api-"), pattern.name)
    for pattern in search_api.urlpatterns
    if isinstance(pattern, URLPattern) and pattern.name
]

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(), name="api-schema"),
    path(
        "docs/",
        SpectacularSwaggerSplitView.as_view(url_name="api-schema"),
        name="api-docs",
    ),
    path(
        "redoc/", SpectacularRedocView.as_view(url_name="api-schema"), name="api-redoc"
    ),
    path("v2/", api_router.urls),
    path("", include(search_api.urlpatterns)),
    path("", include(router.urls)),
    # Last: unknown addresses ending in "/" (others get APPEND_SLASH first).
    re_path(r"^.*/$", not_found),
]
