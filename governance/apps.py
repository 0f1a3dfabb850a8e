from django.utils.translation import gettext_lazy as _

from core import modules


class GovernanceConfig(modules.ModuleConfig):
    name = "governance"
    label = "governance"
    verbose_name = _("Governance bodies")
    depends_on = ("working_groups",)
