"""Absolute links, for what leaves the site: emails, feeds, calendars, the API."""

from django.conf import settings


def absolute_url(path: str) -> str:
    """``path`` (starting with "/") on the portal's public address (``SITE_URL``)."""
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path
