"""``manage.py search_index --rebuild``: refill the public search index."""

from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from search import registry
from search.services import index_rebuild


class Command(BaseCommand):
    help = "Rebuild the public search index from every registered source."

    def add_arguments(self, parser):
        parser.add_argument("--rebuild", action="store_true", help="empty and refill")
        parser.add_argument("--source", action="append", help="only these sources")
        parser.add_argument("--no-progress", action="store_true")

    def handle(self, *args, rebuild, source, no_progress, **options):
        if not rebuild:
            raise CommandError("Nothing to do: use --rebuild.")
        names = [s.name for s in registry.sources()]
        unknown = set(source or ()) - set(names)
        if unknown:
            raise CommandError(f"Unknown source(s): {', '.join(sorted(unknown))}")
        total = sum(
            s.queryset().count()
            for s in registry.sources()
            if not source or s.name in source
        )
        bar = tqdm(
            total=total,
            unit="record",
            disable=no_progress,
            file=self.stderr._out,
            desc="Indexing",
        )
        summary = index_rebuild(sources=source, progress=bar.update)
        bar.close()
        for name, count in summary.sources.items():
            self.stdout.write(f"  {name}: {count} entries")
        self.stdout.write(
            self.style.SUCCESS(
                f"Indexed {summary.total} entries from {total} records "
                f"in {summary.seconds:.1f} s."
            )
        )
