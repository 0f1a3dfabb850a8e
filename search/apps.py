from django.utils.translation import gettext_lazy as _

from core import modules


class SearchConfig(modules.ModuleConfig):
    name = "search"
    label = "sitesearch"
    verbose_name = _("Site search")

    def ready(self):
        super().ready()
        from . import signals

        signals.connect()
