from django.utils.translation import gettext_lazy as _

from core import modules


class WorkingGroupsConfig(modules.ModuleConfig):
    name = "working_groups"
    label = "working_groups"
    verbose_name = _("Working groups")
    depends_on = ("cms",)
