from django.utils.translation import gettext_lazy as _

from core import modules


class ActionPlansConfig(modules.ModuleConfig):
    name = "action_plans"
    label = "action_plans"
    verbose_name = _("National action plans")
    depends_on = ("library", "consultations", "working_groups", "governance")
