"""Wagtail's ``update_index``, which also empties the queue of updates the engine missed
(search.pending): a full rebuild of the "default" backend, where the engine is, holds them.

This app comes before wagtail.search in INSTALLED_APPS, so this command replaces Wagtail's.
"""

from django.utils import timezone
from modelsearch.management.commands import rebuild_modelsearch_index

from search import pending


class Command(rebuild_modelsearch_index.Command):
    help = "Rebuilds the search indexes and forgets the updates waiting for the engine."

    def handle(self, **options):
        started = timezone.now()
        super().handle(**options)
        if options["backend_name"] in (None, "default") and not options["schema_only"]:
            forgotten = pending.forget(before=started)
            self.write(f"Forgot {forgotten} updates waiting for the search engine.")
