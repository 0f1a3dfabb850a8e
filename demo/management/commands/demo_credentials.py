from django.conf import settings
from django.core.management.base import BaseCommand

from demo.users import ADMIN_EMAIL, ADMIN_PASSWORD, CITIZEN_EMAIL, CITIZEN_PASSWORD


class Command(BaseCommand):
    help = "Print the demo administrator's and citizen's logins (demo mode only)."

    def handle(self, *args, **options):
        if settings.DEMO_MODE:
            self.stdout.write(
                f"  Demo administrator:    {ADMIN_EMAIL} / {ADMIN_PASSWORD}"
            )
            self.stdout.write(
                f"  Demo citizen:          {CITIZEN_EMAIL} / {CITIZEN_PASSWORD}"
            )
        else:
            self.stdout.write("  No demo administrator (DEBUG is off).")
