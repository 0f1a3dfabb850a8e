from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    label = "events"
    verbose_name = _("Events and trainings")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import privacy

        from . import (
            indexing,  # noqa: F401 - registers the search source
            rules,  # noqa: F401
        )
        from .privacy import erase, export

        privacy.register("events", export=export, erase=erase)
