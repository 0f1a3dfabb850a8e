from django.conf import settings
from django.core.management.base import BaseCommand

from demo.users import ADMIN_EMAIL, ADMIN_PASSWORD


class Command(BaseCommand):
    help = "Print the demo administrator's login (demo mode only)."

    def handle(self, *args, **options):
        if settings.DEMO_MODE:
            self.stdout.write(
                f"  Demo administrator:    {ADMIN_EMAIL} / {ADMIN_PASSWORD}"
            )
        else:
            self.stdout.write("  No demo administrator (DEBUG is off).")
