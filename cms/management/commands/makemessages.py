"""makemessages without fuzzy guesses: an entry is translated, or visibly not."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    # --update: Django reads nothing back from msgmerge, the file is merged in place.
    msgmerge_options = [
        "-q",
        "--no-fuzzy-matching",
        "--previous",
        "--update",
        "--backup=none",
    ]
    msguniq_options = ["--to-code=utf-8"]
    xgettext_options = makemessages.Command.xgettext_options
