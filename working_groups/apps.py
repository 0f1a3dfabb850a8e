from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkingGroupsConfig(AppConfig):
    name = "working_groups"
    label = "working_groups"
    verbose_name = _("Working groups")
    default_auto_field = "django.db.models.BigAutoField"
