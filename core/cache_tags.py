"""What a cached answer shows, as tags, and the versions that make it stale.

While an answer is rendered for the page cache, every page, snippet, image, document,
media item and setting loaded from the database tags it (``post_init``), and listings
add the tags of what could join them (``children:<parent's url_path>``, ``pages:<type>:<locale>``).
Each tag has a version in the cache; an answer is kept with the versions of its tags
and is stale once any of them moves on. Purging a tag is one write, however many
addresses (pagination, filters, formats) showed it.
"""

import uuid
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime

from django.apps import apps
from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import post_init
from django.utils import timezone
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images.models import AbstractRendition
from wagtail.models import Page, Site, TranslatableMixin

VERSION_PREFIX = "cache-tag:"
# Moves on at every purge, so an answer rendered while a purge ran is not stored.
PURGE_COUNTER = "cache-tag:purges"

_collecting = ContextVar("cache_tags", default=None)


@dataclass
class Collected:
    tags: set = field(default_factory=set)
    # When the answer changes by itself (an upcoming event ends), if it does.
    until: datetime | None = None


@contextmanager
def collecting():
    """Gathers the tags of everything loaded inside the block (a ``Collected``).

    Blocks nest: what a fragment shows, the page around it shows too.
    """
    outer = _collecting.get()
    collected = Collected()
    token = _collecting.set(collected)
    try:
        yield collected
    finally:
        _collecting.reset(token)
        if outer is not None:
            outer.tags.update(collected.tags)
            if collected.until is not None:
                valid_until(collected.until)


def add(*tags):
    """Tags the answer being rendered (a no-op outside ``collecting()``)."""
    collected = _collecting.get()
    if collected is not None:
        collected.tags.update(tags)


def so_far():
    """The tags of the answer being rendered, up to now."""
    collected = _collecting.get()
    return set(collected.tags) if collected is not None else set()


def valid_until(moment):
    """The answer being rendered goes stale at ``moment`` without any change."""
    collected = _collecting.get()
    if collected is not None and moment is not None:
        collected.until = moment if collected.until is None else min(collected.until, moment)


def model_tag(model_or_instance):
    return model_or_instance._meta.label_lower


def object_tags(instance):
    """A snippet's tags: its own, and its translation group's (a new translation of an
    organisation replaces the one shown in that language)."""
    tags = [f"{model_tag(instance)}:{instance.pk}"]
    if isinstance(instance, TranslatableMixin) and "translation_key" in instance.__dict__:
        tags.append(f"{model_tag(instance)}:{instance.translation_key}")
    return tags


def page_tag(page_id):
    return f"page:{page_id}"


def children_tag(parent_url_path):
    """Listings of a page's children know their parent by its ``url_path``."""
    return f"children:{parent_url_path}"


def links_to_tag(translation_key):
    return f"links-to:{translation_key}"


def pages_tag(model, locale_id):
    return f"pages:{model_tag(model)}:{locale_id}"


def listing_of_pages(model, locale_id):
    """A listing of ``model``'s pages in a language: any of them published changes it."""
    add(pages_tag(model, locale_id))


def listing_of_objects(model):
    """A listing of snippets (organisations, taxonomy terms): a new one changes it."""
    add(model_tag(model))


def listing_of_children(parent_url_path):
    add(children_tag(parent_url_path))


def listing_of_pages_linking_to(page):
    """A list of the pages linking to ``page``: a page that starts linking changes it."""
    add(links_to_tag(page.translation_key))


def tags_of(instance):
    """The tags an object loaded while rendering gives the answer, or ()."""
    if isinstance(instance, Page):
        return (page_tag(instance.pk),)
    if isinstance(instance, AbstractRendition):
        image_model = instance._meta.get_field("image").related_model
        return (f"{model_tag(image_model)}:{instance.image_id}",)
    if isinstance(instance, BaseSiteSetting | BaseGenericSetting):
        return (model_tag(instance),)
    if isinstance(instance, Site):
        return ("wagtailcore.site",)
    if type(instance) in tracked_models():
        return object_tags(instance)
    return ()


def _collect_loaded(sender, instance, **kwargs):
    collected = _collecting.get()
    if collected is not None and instance.pk is not None:
        collected.tags.update(tags_of(instance))


post_init.connect(_collect_loaded, dispatch_uid="casebook-cache-tags")


_tracked = None


def tracked_models():
    """Models whose changes reach public answers: snippets, images, documents, media."""
    global _tracked
    if _tracked is None:
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.snippets.models import get_snippet_models

        _tracked = frozenset(
            {
                *get_snippet_models(),
                get_image_model(),
                get_document_model(),
                apps.get_model(settings.WAGTAILMEDIA["MEDIA_MODEL"]),
            }
        )
    return _tracked


# Past this many objects of one kind, an answer is tagged with the kind instead: checking
# a thousand versions would cost more than the answer (a kind's tag moves on whenever one
# of its objects changes, so nothing is served stale; it is only purged more often).
MANY = 64
ANY_PAGE = "pages:any"


def condensed(tags):
    """``tags``, with the objects of each kind that has more than MANY as the kind."""
    kinds = {"page", *(model_tag(model) for model in tracked_models())}
    by_kind = {}
    for tag in tags:
        kind = tag.rpartition(":")[0]
        if kind in kinds:
            by_kind.setdefault(kind, set()).add(tag)
    result = set(tags)
    for kind, members in by_kind.items():
        if len(members) > MANY:
            result -= members
            result.add(ANY_PAGE if kind == "page" else kind)
    return result


def current_versions(tags):
    """{tag: version} for ``tags``, giving a version to any tag that has none yet."""
    keys = {VERSION_PREFIX + tag: tag for tag in tags}
    found = cache.get_many(keys)
    missing = {key: uuid.uuid4().hex[:12] for key in keys if key not in found}
    for key, version in missing.items():
        # Another process may give the tag its version first: keep that one.
        if not cache.add(key, version, None):
            version = cache.get(key)
        found[key] = version
    return {keys[key]: version for key, version in found.items()}


def still_current(versions):
    """Whether no tag of a stored answer has been purged since."""
    found = cache.get_many([VERSION_PREFIX + tag for tag in versions])
    return all(found.get(VERSION_PREFIX + tag) == version for tag, version in versions.items())


def recall(key):
    """What ``remember`` kept under ``key`` while none of its tags has moved on, else None.

    Its tags join the answer being rendered, as if it had been rendered here.
    """
    stored = cache.get(key)
    if stored is None or not still_current(stored["versions"]):
        return None
    add(*stored["versions"])
    valid_until(stored["until"])
    return stored["value"]


@contextmanager
def remembering(key, seconds):
    """Keeps the value set on the yielded ``Kept`` under ``key``, with the tags of what
    was loaded while it was made; not when a purge ran meanwhile (it may be stale)."""
    kept = Kept()
    purges_before = purge_counter()
    with collecting() as collected:
        yield kept
    kept.tags = collected.tags
    if collected.until is not None:
        seconds = min(seconds, max(0, int((collected.until - timezone.now()).total_seconds())))
    if not seconds or not kept.keep:
        return
    versions = current_versions(condensed(collected.tags))
    if purge_counter() != purges_before:
        return
    stored = {"value": kept.value, "versions": versions, "until": collected.until}
    cache.set(key, stored, seconds)


def kept(key, make, seconds, inherit=False):
    """``make()``, from the cache while nothing it read has changed (for ``seconds``).

    With ``inherit``, it also depends on everything the answer read before it (a value
    made from the page's context: the listing it counts, the page it belongs to).
    """
    if seconds and (found := recall(key)) is not None:
        return found[0]
    inherited = so_far() if inherit else ()
    with remembering(key, seconds) as keeping:
        add(*inherited)
        # In a tuple, so that None is a value like any other.
        keeping.value = (make(),)
    return keeping.value[0]


@dataclass
class Kept:
    value: object = None
    # Set to False when the value turns out not to be worth keeping (a private answer).
    keep: bool = True
    # The tags of what it showed.
    tags: set = field(default_factory=set)


def purge_counter():
    return cache.get(PURGE_COUNTER, 0)


def purge_tags(tags):
    """Moves every tag on: each answer that showed one of them is stale from now on."""
    if not tags:
        return
    cache.set_many({VERSION_PREFIX + tag: uuid.uuid4().hex[:12] for tag in tags}, None)
    try:
        cache.incr(PURGE_COUNTER)
    except ValueError:
        cache.set(PURGE_COUNTER, 1, None)
