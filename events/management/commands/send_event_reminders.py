"""Email the reminders of tomorrow's events (run hourly by cron or a worker).

Idempotent: each registration is reminded once, however often this runs.
"""

from django.core.management.base import BaseCommand

from events.services import reminders_send


class Command(BaseCommand):
    help = "Send the reminders of events that start within the next 24 hours."

    def add_arguments(self, parser):
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Queue the task for the worker instead of sending now.",
        )

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            from events.tasks import send_event_reminders

            send_event_reminders.enqueue()
            self.stdout.write("Reminder task queued.")
            return
        sent = reminders_send()
        self.stdout.write(f"{sent} reminder(s) sent.")
