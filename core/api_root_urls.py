"""The API alone, without the site's language-prefixed patterns.

API views that answer 404 point ``request.urlconf`` here so that Django's
LocaleMiddleware does not "fix" the address by redirecting /api/x/ to /ar/api/x/
(the site's catch-all page pattern would accept any such path).
"""

from django.urls import include, path

urlpatterns = [path("api/", include("core.api_urls"))]
