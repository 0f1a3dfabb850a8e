"""makemessages without fuzzy guesses: an entry is translated, or visibly not."""

from django.core.management.commands import makemessages


class Command(makemessages.Command):
    msgmerge_options = ["-q", "--no-fuzzy-matching", "--previous"]
    msguniq_options = ["--to-code=utf-8"]
    xgettext_options = makemessages.Command.xgettext_options
