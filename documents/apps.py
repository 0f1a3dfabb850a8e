from django.utils.translation import gettext_lazy as _

from core import modules


class DocumentsConfig(modules.ModuleConfig):
    name = "documents"
    label = "library"
    verbose_name = _("Document library")

    def ready(self):
        super().ready()
        from . import signals

        signals.connect()
