"""Notifications that time brings, retries, and digests (run by cron or a worker).

Every few minutes: ``send_notifications`` (what modules publish as time passes,
such as a consultation that opened, and a new try of failed emails).
Each morning: ``send_notifications --digest daily``; each Monday, ``--digest weekly``.
Idempotent: each activity tells each person once, each notification is emailed once.
"""

from django.core.management.base import BaseCommand
from django.utils import timezone
from tqdm import tqdm

from core import activity
from notifications.models import Channel
from notifications.services import digests_send, pending_send


class Command(BaseCommand):
    help = "Publish timed activity, retry failed emails, send the digests."

    def add_arguments(self, parser):
        parser.add_argument("--digest", choices=[Channel.DAILY, Channel.WEEKLY])
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, digest=None, no_progress=False, **options):
        now = timezone.now()
        published = sum(hook(now) or 0 for hook in activity.due_hooks())
        self.stdout.write(f"{published} timed activit(y/ies) published.")
        self.stdout.write(f"{pending_send(now=now)} pending email(s) sent again.")
        if digest:
            bar = tqdm(
                unit="person",
                disable=no_progress,
                file=self.stderr._out,
                desc=f"{digest} digests",
            )
            sent = digests_send(channel=digest, progress=bar.update)
            bar.close()
            self.stdout.write(self.style.SUCCESS(f"{sent} {digest} digest(s) sent."))
