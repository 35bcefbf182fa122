"""Runs the loaders in order, inside one transaction."""

from django.db import transaction

from demo import (
    calls,
    cases,
    events,
    news,
    organisations,
    pages,
    site,
    taxonomies,
    translate,
)
from demo.base import Context

STEPS = (
    site.load_tree,
    site.load_settings,
    organisations.load,
    taxonomies.load,
    calls.load,
    cases.load,
    events.load,
    news.load,
    pages.load_standard_pages,
    pages.finish_home,
    # Last: translations need their English objects, and pages their parents, first.
    translate.translate,
)


def load_demo_content(stdout=None):
    """Create whatever sample content is missing; return the Context with its tally."""
    ctx = Context(stdout=stdout)
    with transaction.atomic():
        for step in STEPS:
            step(ctx)
    return ctx
