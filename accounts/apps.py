from django.utils.translation import gettext_lazy as _

from core import modules


class AccountsConfig(modules.ModuleConfig):
    name = "accounts"
    label = "accounts"
    verbose_name = _("Accounts")
