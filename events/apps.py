from django.utils.translation import gettext_lazy as _

from core import modules


class EventsConfig(modules.ModuleConfig):
    name = "events"
    label = "events"
    verbose_name = _("Events and trainings")
    depends_on = ("working_groups",)
