"""Build the demo portal from the seeds. Idempotent: a second run changes nothing."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from core import modules
from demo import users
from demo.site import ensure_site


def load_all(*, hostname: str = "localhost", port: int = 80):
    """The site skeleton, the demo administrator, then each module's demo data.

    Yields ``(part, summary)`` as each part is done.
    """
    homes = ensure_site(hostname=hostname, port=port)
    yield "users", users.load(homes=homes)
    for config, load in modules.attribute("demo", "load"):
        yield config.label, load(homes=homes)


class Command(BaseCommand):
    help = "Load the demo content built from the seeds (Arabic and French)."

    def add_arguments(self, parser):
        parser.add_argument("--hostname", default="localhost")
        parser.add_argument("--port", type=int, default=80)

    def handle(self, *args, hostname, port, **options):
        if not settings.DEBUG and not settings.TESTING:
            raise CommandError("The demo content is for DEBUG (demo) mode only.")
        for part, summary in load_all(hostname=hostname, port=port):
            self.stdout.write(f"{part}: {summary}")
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
