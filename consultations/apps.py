from django.utils.translation import gettext_lazy as _

from core import modules


class ConsultationsConfig(modules.ModuleConfig):
    name = "consultations"
    label = "consultations"
    verbose_name = _("Consultations")
    depends_on = ("cms", "working_groups")
