"""API URLs: /api/ (the modules), /api/v2/ (Wagtail pages), schema and docs."""

from django.urls import include, path
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

from .api import router
from .wagtail_api import api_router

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
]
