"""Runs the loaders in order, inside one transaction."""

from functools import partial

from django.db import transaction

from demo import cases, pages, snippets, translate
from demo.context import Context

STEPS = (
    pages.load_home,
    snippets.load_site_text,
    snippets.load_people,
    snippets.load_taxonomies,
    partial(pages.load_page_file, name="sections"),
    partial(pages.load_page_file, name="calls"),
    partial(cases.load, name="cases-2024"),
    partial(cases.load, name="cases-2025"),
    partial(pages.load_page_file, name="events"),
    partial(pages.load_page_file, name="news"),
    partial(pages.load_page_file, name="pages"),
    pages.finish_home,
    # Last: translations need their English objects, and pages their parents, first.
    translate.translate,
)


def load_demo_content(stdout=None):
    """Create whatever sample content was never created; return the Context with its tally."""
    ctx = Context(stdout=stdout)
    with transaction.atomic():
        for step in STEPS:
            step(ctx)
    return ctx
