"""The portal's URLs: the admin, the API, and the public site of every module.

Modules add their own (``<module>/urls.py`` and ``<module>/api.py``, found by
``core.modules``); nothing here lists them.
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import media, modules

from . import views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/", include("core.api_urls")),
    path("sitemap.xml", views.sitemap, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("i18n/", include("django.conf.urls.i18n")),
    # Public uploads only (images, logos); private ones go through checking views.
    re_path(r"^media/(?P<path>.+)$", media.public_media, name="public_media"),
]

urlpatterns += i18n_patterns(
    path("accounts/", include("allauth.urls")),
    *[path("", include(module)) for _config, module in modules.submodules("urls")],
    # Last: Wagtail serves every other address as an editorial page.
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
