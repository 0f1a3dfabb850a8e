"""Forget the expired anti-abuse records (run daily by cron or a systemd timer).

Idempotency keys older than 24 hours, and used form tokens and proof-of-work
solutions older than their validity: none of them can matter any more.
"""

from django.core.management.base import BaseCommand

from core.antiabuse import prune


class Command(BaseCommand):
    help = "Delete expired idempotency keys, used form tokens and challenges."

    def handle(self, *args, **options):
        keys, tokens = prune()
        self.stdout.write(
            f"{keys} idempotency key(s) and {tokens} used token(s) deleted."
        )
