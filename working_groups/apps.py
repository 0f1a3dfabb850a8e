from django.utils.translation import gettext_lazy as _

from core import modules


class WorkingGroupsConfig(modules.ModuleConfig):
    name = "working_groups"
    label = "working_groups"
    verbose_name = _("Working groups")
    depends_on = ("cms",)

    def ready(self):
        super().ready()
        from core import media

        from .queries import logo_is_public

        # The logo of an organisation not yet verified is not served.
        media.guard("organisations/logos/", logo_is_public)
