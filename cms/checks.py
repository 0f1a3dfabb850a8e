"""System checks that keep production settings honest."""

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security, deploy=True)
def demo_mode_off_in_production(app_configs, **kwargs):
    if not settings.DEBUG and settings.DEMO_MODE:
        return [
            checks.Error("SHARAKA_DEMO must be off when DEBUG is off.", id="cms.E001")
        ]
    return []
