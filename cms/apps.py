from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    label = "cms"
    verbose_name = _("Editorial content")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import cache, checks, indexing  # noqa: F401  (signals, checks, search)
