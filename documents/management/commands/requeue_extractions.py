"""Queue again the text extractions whose worker died (run every few minutes by
cron or a systemd timer, next to ``db_worker``).

A document still "pending" long after its extraction started is requeued; after
``LIBRARY_EXTRACTION_ATTEMPTS`` starts it is marked failed with a sentence the
editor reads on the extraction page. Safe to run as often as wanted.
"""

from django.core.management.base import BaseCommand

from documents.services import document_requeue_lost_extractions


class Command(BaseCommand):
    help = "Requeue the library's text extractions lost with their worker."

    def handle(self, *args, **options):
        requeued, failed = document_requeue_lost_extractions()
        self.stdout.write(f"{requeued} extraction(s) requeued, {failed} given up.")
