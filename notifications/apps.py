from django.utils.translation import gettext_lazy as _

from core import modules


class NotificationsConfig(modules.ModuleConfig):
    name = "notifications"
    label = "notifications"
    verbose_name = _("Notifications and newsletters")
    depends_on = ("working_groups", "governance")
