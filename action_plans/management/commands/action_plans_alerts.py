"""Flag overdue milestones and silent commitments by email (run it daily).

Idempotent: each situation is flagged once, so running it twice sends nothing new.
"""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from action_plans.services import alerts_send


class Command(BaseCommand):
    help = (
        "Email the secretariat and focal points about overdue milestones and "
        "silent commitments."
    )

    def handle(self, *args, **options):
        def progress(items):
            return tqdm(items, desc="alerts", disable=options["verbosity"] < 1)

        counts = alerts_send(progress=progress)
        self.stdout.write(
            f"{counts.overdue} overdue milestones and {counts.silent} silent "
            f"commitments flagged; {counts.already_sent} already flagged before."
        )
