from django.utils.translation import gettext_lazy as _

from core import modules


class CmsConfig(modules.ModuleConfig):
    name = "cms"
    label = "cms"
    verbose_name = _("Editorial content")
    depends_on = ("library",)
