"""API URLs: /api/ with every module's endpoints, the schema and the docs.

Each module's ``api.py`` registers its viewsets on ``core.api.router`` as it loads,
and may declare plain ``urlpatterns`` too (``core.modules`` finds them all).
"""

from django.urls import URLPattern, include, path, re_path
from drf_spectacular.views import (
    SpectacularAPIView,
    SpectacularRedocView,
    SpectacularSwaggerSplitView,
)

from . import modules
from .api import RootView, challenge, not_found, router

# Importing each module's api.py registers its viewsets on the router.
module_patterns = [
    pattern
    for _config, api in modules.submodules("api")
    for pattern in getattr(api, "urlpatterns", [])
]

# Endpoints that modules declare as plain, named URL patterns appear in the root.
RootView.extra_links = [
    (pattern.name.removeprefix("api-"), pattern.name)
    for pattern in module_patterns
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
    path("challenge/", challenge, name="api-challenge"),
    *module_patterns,
    path("", include(router.urls)),
    # Last: unknown addresses ending in "/" (others get APPEND_SLASH first).
    re_path(r"^.*/$", not_found),
]
