from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo portal: the site skeleton, the demo administrator, ``load_demo``.

    Each module brings its own demo data (``<module>/demo.py``); this app only
    builds the skeleton they hang on and calls them in order.
    """

    name = "demo"
    label = "demo"
    verbose_name = _("Demo content")
    default_auto_field = "django.db.models.BigAutoField"
