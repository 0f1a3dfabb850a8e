from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConsultationsConfig(AppConfig):
    name = "consultations"
    label = "consultations"
    verbose_name = _("Consultations")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from accounts import privacy

        from . import indexing, rules, services  # noqa: F401

        indexing.register_sources()
        privacy.register(
            "consultations",
            export=services.personal_data_export,
            erase=services.personal_data_erase,
        )
