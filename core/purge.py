"""What each change makes stale: the signal receivers that purge cache tags.

A page published, unpublished, moved or deleted purges its own tag in every language,
the listings it belongs to, the pages it links to (their "linked from" lists) and what
its type adds (``BasePage.purge_tags``). A snippet, image, document, media item, setting
or site changed or deleted purges its own tag and its type's listings.
"""

import datetime as dt

from django.conf import settings
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils import timezone
from django_tasks import task
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from core import cache_tags, frontend_purge, replica, restrictions


def purge_later(tags):
    """Purges ``tags`` now, and again once the change is committed: an answer rendered
    meanwhile from the old rows is not kept. The frontend cache is purged at commit."""
    tags = set(tags)
    cache_tags.purge_tags(tags)

    def purge():
        purge_everywhere.call(sorted(tags))
        if replica.configured():
            # Pages rendered from the replica before it caught up showed the old rows.
            caught_up = timezone.now() + dt.timedelta(seconds=settings.REPLICA_LAG_SECONDS)
            purge_everywhere.using(run_after=caught_up).enqueue(sorted(tags))

    transaction.on_commit(purge)


@task()
def purge_everywhere(tags):
    """Purges ``tags`` from the page and fragment caches and the frontend cache."""
    cache_tags.purge_tags(set(tags))
    frontend_purge.purge(tags)


def page_tags(page):
    """The tags a change to ``page`` (a specific page) makes stale."""
    translations = Page.objects.filter(translation_key=page.translation_key)
    tags = {cache_tags.page_tag(pk) for pk in translations.values_list("pk", flat=True)}
    tags.add(cache_tags.ANY_PAGE)
    tags.add(cache_tags.page_tag(page.pk))
    tags.add(cache_tags.children_tag(parent_url_path(page.url_path)))
    tags.update(
        cache_tags.pages_tag(model, page.locale_id)
        for model in type(page).__mro__
        if isinstance(model, type) and issubclass(model, Page) and not model._meta.abstract
    )
    for field in page._meta.many_to_many:
        if issubclass(field.related_model, Page):
            linked = getattr(page, field.name).values_list("translation_key", flat=True)
            tags.update(cache_tags.links_to_tag(key) for key in linked)
    tags.update(getattr(page, "extra_purge_tags", tuple)())
    return tags


def parent_url_path(url_path):
    return url_path[: url_path.rstrip("/").rfind("/") + 1]


def specific(page):
    return page if type(page) is page.specific_class else page.specific_deferred


def page_changed(sender, instance, **kwargs):
    purge_later(page_tags(specific(instance)))


def page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    # Every page below moved too: their addresses are new.
    moved = Page.objects.descendant_of(instance, inclusive=True).values_list("pk", flat=True)
    purge_later(
        [
            *page_tags(specific(instance)),
            *(cache_tags.page_tag(pk) for pk in moved),
            cache_tags.children_tag(parent_page_before.url_path),
            cache_tags.children_tag(parent_page_after.url_path),
            restrictions.TAG,  # restricted sections are known by their paths
        ]
    )


def object_changed(sender, instance, **kwargs):
    if isinstance(instance, Page):
        return
    if isinstance(instance, PageViewRestriction):
        # A section closed or opened: its pages, and every listing that asked for public
        # pages, are answered afresh.
        pages = Page.objects.descendant_of(instance.page, inclusive=True)
        purge_later(
            [restrictions.TAG, *map(cache_tags.page_tag, pages.values_list("pk", flat=True))]
        )
        return
    if isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        # A settings row is created, with its defaults, the first time a page reads it.
        if not kwargs.get("created"):
            purge_later([cache_tags.model_tag(instance)])
    elif isinstance(instance, Site):
        purge_later(["wagtailcore.site"])
    elif type(instance) in cache_tags.tracked_models() and not bookkeeping(kwargs):
        purge_later([*cache_tags.object_tags(instance), cache_tags.model_tag(instance)])


# Fields Wagtail fills in on a file when it is first used; nothing shown changes.
BOOKKEEPING_FIELDS = {"file_hash", "file_size"}


def bookkeeping(kwargs):
    fields = kwargs.get("update_fields")
    return bool(fields) and set(fields) <= BOOKKEEPING_FIELDS


def page_deleted(sender, instance, **kwargs):
    # Each table of a page sends post_delete: answer the most specific one only.
    if isinstance(instance, Page) and type(instance) is instance.specific_class and instance.live:
        purge_later(page_tags(instance))


def connect():
    page_published.connect(page_changed, dispatch_uid="casebook-purge-published")
    page_unpublished.connect(page_changed, dispatch_uid="casebook-purge-unpublished")
    post_page_move.connect(page_moved, dispatch_uid="casebook-purge-moved")
    post_delete.connect(page_deleted, dispatch_uid="casebook-purge-page-deleted")
    post_save.connect(object_changed, dispatch_uid="casebook-purge-saved")
    post_delete.connect(object_changed, dispatch_uid="casebook-purge-deleted")
