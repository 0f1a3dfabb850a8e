"""Rebuild the action plans' open-data bundles now (they are also rebuilt after
every change, by a background task)."""

from django.core.management.base import BaseCommand
from tqdm import tqdm

from action_plans.opendata import rebuild_all


class Command(BaseCommand):
    help = "Rebuild the open-data bundles of the national action plans."

    def handle(self, *args, **options):
        def progress(items):
            return tqdm(items, desc="bundles", disable=options["verbosity"] < 1)

        scopes = rebuild_all(progress=progress)
        self.stdout.write(f"{len(scopes)} bundles rebuilt: {', '.join(scopes)}")
