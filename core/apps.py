from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """What every module shares; imports no domain app."""

    name = "core"
    label = "core"
    verbose_name = _("Shared core")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import cache, checks, resolving, templating  # noqa: F401
        from .api import build_model_fields_once, share_related_querysets
        from .cache import memo

        memo.install()
        resolving.install()
        templating.install()
        build_model_fields_once()
        share_related_querysets()
