"""Pages made ready for cards: in the visitor's language, with what a card shows.

Every listing, related-pages box and home section passes its pages through
``cards()`` in Python, so the queries a page spends are visible in its
``get_context`` rather than hidden in template filters.
"""

from django.db.models import Model, QuerySet, prefetch_related_objects
from django.utils.functional import SimpleLazyObject

from core.localization import active_locale_id, language_of, localize_all, localized_card_links

# Relations a card reads (case cards show edition year and direction).
CARD_RELATIONS = ("edition", "direction", "hero_image", "listing_image")
CARD_IMAGES = ("hero_image", "listing_image")


def card_relations(model):
    fields = {field.name for field in model._meta.get_fields()}
    return [name for name in CARD_RELATIONS if name in fields]


def cards(items, *ordering):
    """``items`` (a relation, a queryset, a list or a paginator page) ready for cards.

    Relations and unsliced querysets are limited to live, public pages. Links are
    synchronised across languages, so each page is swapped for its translation in
    the active language where one is live; then what the cards show (edition,
    direction, pictures) is fetched in one query per relation.
    In previews, relations hold in-memory objects and are returned as they are.
    """
    if not isinstance(items, QuerySet) and hasattr(items, "all"):
        items = items.all()
    if isinstance(items, QuerySet):
        if not items.query.is_sliced:
            items = items.live().public()
            if ordering:
                items = items.order_by(*ordering)
        items = items.select_related(*card_relations(items.model))
    ready = localize_all(items)
    saved = [card for card in ready if isinstance(card, Model) and card.pk]
    if saved and len({type(card) for card in saved}) == 1:
        # Not the renditions: see CaseFilter.results.
        prefetch_related_objects(saved, *card_relations(type(saved[0])))
    for card in ready:
        # A page shown in its own language where no translation exists: marked for readers.
        if getattr(card, "locale_id", None) not in (None, active_locale_id()):
            card.card_language = language_of(card.locale_id)
    return localized_card_links(ready)


def on_demand(make):
    """``make()``, run the first time a template reads it: not at all when the part of
    the page showing it comes from the fragment cache."""
    return SimpleLazyObject(make)


def card_page(page_obj):
    """A paginator page whose items are ready for cards."""
    page_obj.object_list = cards(page_obj.object_list)
    return page_obj
