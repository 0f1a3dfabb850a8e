"""Build the demo portal from the seeds. Idempotent: a second run changes nothing."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import import_string

# Each part takes the home pages by language and returns a one-line summary.
LOADERS = [
    "documents.demo.load",
    "cms.demo.content.load",
    "cms.demo.users.load",
    "consultations.demo.load",
    "working_groups.demo.load",
    "events.demo.load",
]


class Command(BaseCommand):
    help = "Load the demo content built from the seeds (Arabic and French)."

    def add_arguments(self, parser):
        parser.add_argument("--hostname", default="localhost")
        parser.add_argument("--port", type=int, default=80)

    def handle(self, *args, hostname, port, **options):
        if not settings.DEBUG and not settings.TESTING:
            raise CommandError("The demo content is for DEBUG (demo) mode only.")
        from cms.demo.site import ensure_site

        homes = ensure_site(hostname=hostname, port=port)
        for path in LOADERS:
            summary = import_string(path)(homes=homes)
            self.stdout.write(f"{path.rsplit('.', 2)[0]}: {summary}")
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
