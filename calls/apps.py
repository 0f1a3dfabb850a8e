from django.utils.translation import gettext_lazy as _

from core import modules


class CallsConfig(modules.ModuleConfig):
    name = "calls"
    label = "calls"
    verbose_name = _("Calls for applications")
    depends_on = ("governance", "working_groups")
