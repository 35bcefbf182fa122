import logging

from django.core.management.base import BaseCommand

from home.demo import load_demo_content

# Background tasks (search index, reference index) run inline and, like Wagtail's
# audit log, log every object at INFO: too much for this command's output.
QUIET_LOGGERS = ("django_tasks", "wagtail")


class Command(BaseCommand):
    help = (
        "Create the sample site (home page, calls, cases, events, news, standard pages, "
        "settings, images). Safe to run again: only what is missing is created."
    )

    def handle(self, *args, **options):
        quiet = options["verbosity"] < 2
        levels = {name: logging.getLogger(name).level for name in QUIET_LOGGERS}
        try:
            if quiet:
                for name in QUIET_LOGGERS:
                    logging.getLogger(name).setLevel(logging.WARNING)
            ctx = load_demo_content(stdout=self.stdout)
        finally:
            for name, level in levels.items():
                logging.getLogger(name).setLevel(level)

        for message in ctx.updated:
            self.stdout.write(f"Updated: {message}.")
        if not ctx.created:
            self.stdout.write("Everything was already there: nothing created.")
            return
        summary = ", ".join(f"{count} {kind}" for kind, count in sorted(ctx.created.items()))
        self.stdout.write(self.style.SUCCESS(f"Created {summary}."))
