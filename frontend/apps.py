from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FrontendConfig(AppConfig):
    """The public site's templates, static files and template tags (no views)."""

    name = "frontend"
    label = "frontend"
    verbose_name = _("Public site")
    default_auto_field = "django.db.models.BigAutoField"
