"""Send (or resume) a newsletter mailing, throttled, with a progress bar.

The mailing keeps one row per subscriber, so stopping this command (or a worker)
and running it again sends to those who are still waiting, never twice.
"""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from notifications.models import Sending
from notifications.queries import sending_counts
from notifications.services import sending_run


class Command(BaseCommand):
    help = "Send the waiting deliveries of a newsletter mailing."

    def add_arguments(self, parser):
        parser.add_argument("sending", type=int, help="the mailing's id")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, sending, no_progress=False, **options):
        found = Sending.objects.filter(pk=sending).first()
        if found is None:
            raise CommandError(f"No mailing {sending}.")
        counts = sending_counts(found)
        bar = tqdm(
            total=counts["total"],
            initial=counts["total"] - counts["pending"],
            unit="email",
            disable=no_progress,
            file=self.stderr._out,
            desc="Newsletter",
        )
        while counts["pending"]:  # a failure is tried again, 3 times at most
            counts = sending_run(sending_id=found.pk, progress=bar.update)
        bar.close()
        self.stdout.write(
            self.style.SUCCESS(
                f"Sent {counts['sent']}, failed {counts['failed']}, "
                f"unsubscribed {counts['unsubscribed']}."
            )
        )
