from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkingGroupsConfig(AppConfig):
    name = "working_groups"
    label = "working_groups"
    verbose_name = _("Working groups")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import privacy

        from . import (
            indexing,  # noqa: F401 - registers the search sources
            rules,  # noqa: F401
        )
        from .privacy import erase, export

        privacy.register("working_groups", export=export, erase=erase)
