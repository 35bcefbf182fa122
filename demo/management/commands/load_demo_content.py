import logging
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

from demo.builder import load_demo_content
from demo.translate import TRANSLATIONS_DIR, write_template

# Background tasks (search index, reference index) run inline and, like Wagtail's
# audit log, log every object at INFO: too much for this command's output.
QUIET_LOGGERS = ("django_tasks", "wagtail")


class Command(BaseCommand):
    help = (
        "Create the sample site (home page, calls, cases, events, news, standard pages, "
        "settings, images) and translate part of it into the five other languages with "
        "wagtail-localize. Safe to run again: only what is missing is created."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--export-demo-strings",
            metavar="DIR",
            nargs="?",
            const=str(TRANSLATIONS_DIR),
            help=(
                "After loading, write DIR/demo.pot: every source string of the translated "
                f"sample objects, once (DIR defaults to {TRANSLATIONS_DIR})."
            ),
        )

    def handle(self, *args, **options):
        quiet = options["verbosity"] < 2
        levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
        try:
            if quiet:
                for name in QUIET_LOGGERS:
                    logging.getLogger(name).setLevel(logging.WARNING)
            ctx = load_demo_content(stdout=self.stdout)
            if options["export_demo_strings"]:
                with transaction.atomic():
                    path, count = write_template(Path(options["export_demo_strings"]))
                self.stdout.write(f"Wrote {count} strings to {path}.")
        finally:
            for name, level in levels.items():
                logging.getLogger(name).setLevel(level)

        for message in ctx.updated:
            self.stdout.write(f"Updated: {message}.")
        for message in ctx.warnings:
            self.stderr.write(self.style.WARNING(f"Warning: {message}."))
        if not ctx.created:
            self.stdout.write("Everything was already there: nothing created.")
            return
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(ctx.created.items()))
        self.stdout.write(self.style.SUCCESS(f"Created {summary}."))
