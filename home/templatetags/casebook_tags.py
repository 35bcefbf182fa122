"""Small template helpers for the public templates: card querysets, numbers, addresses."""

import re
from decimal import Decimal

from django import template
from django.db.models import Model, QuerySet, prefetch_related_objects
from django.template.defaultfilters import floatformat
from django.utils import translation

from home.localization import localize_all, localize_relation, localized_card_links

register = template.Library()

# Relations a card reads (case cards show edition year and direction).
CARD_RELATIONS = ("edition", "direction", "hero_image", "listing_image")
CARD_IMAGES = ("hero_image", "listing_image")
HEX_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


@register.filter
def for_cards(items, ordering=""):
    """Pages ready for cards, in the visitor's language, fetched in a few queries.

    Takes a relation (``page.related_cases|for_cards``), a queryset, a list or a Django
    paginator page. Relations and querysets are limited to live, public pages
    (``ordering``: comma-separated fields). Links are synchronised across languages,
    so each page is swapped for its translation in the active language where one is
    live; then what the cards show (edition, direction, pictures and their
    renditions) is fetched in one query per relation. In previews, relations hold
    in-memory objects and are returned as they are.
    """
    if not isinstance(items, QuerySet) and hasattr(items, "all"):
        items = items.all()
    if isinstance(items, QuerySet) and not items.query.is_sliced:
        items = published(items)
    if ordering and hasattr(items, "order_by"):
        items = items.order_by(*ordering.split(","))
    cards = localize_all(items)
    saved = [card for card in cards if isinstance(card, Model) and card.pk]
    if saved and len({type(card) for card in saved}) == 1:
        fields = {field.name for field in type(saved[0])._meta.get_fields()}
        lookups = [name for name in CARD_RELATIONS if name in fields]
        lookups += [f"{name}__renditions" for name in CARD_IMAGES if name in fields]
        prefetch_related_objects(saved, *lookups)
    return localized_card_links(cards)


@register.filter
def select_related(items, fields):
    """``{% for s in page.speakers.all|select_related:"person__affiliation" %}``."""
    queryset = items.all() if hasattr(items, "all") else items
    if hasattr(queryset, "select_related"):
        return queryset.select_related(*fields.split(","))
    return queryset


@register.filter
def number(value):
    """A figure as people write it: 1,500 rather than 1500.00; text is left as it is."""
    if isinstance(value, Decimal) and value.is_finite():
        places = max(0, -value.normalize().as_tuple().exponent)
        return floatformat(value, f"{places}g")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return floatformat(value, "-2g")
    return value


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """``url`` with scheme and host, for Open Graph and other machine readers."""
    request = context.get("request")
    if not url or request is None:
        return url or ""
    return request.build_absolute_uri(url)


@register.filter
def published(items):
    """Only the live, public pages of a relation (drafts stay hidden)."""
    queryset = items.all() if hasattr(items, "all") else items
    if hasattr(queryset, "live") and isinstance(queryset, QuerySet):
        return queryset.live().public()
    return queryset


@register.simple_tag
def page_numbers(page_obj):
    """Page numbers around the current one, with "…" where some are left out."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)


@register.filter
def css_colour(value, default="#0b5cad"):
    """A hex colour safe to put in a style sheet, or ``default``."""
    return value if isinstance(value, str) and HEX_COLOUR.match(value) else default


@register.simple_tag
def comma_list(*items):
    """Non-empty items joined by commas; lists are spread and countries give their names.

    ``{% comma_list event.city event.country %}``, ``{% comma_list case.countries %}``.
    """
    names = []
    for item in items:
        for value in item if isinstance(item, (list, tuple)) else [item]:
            name = getattr(value, "name", value)
            if name:
                names.append(str(name))
    return ", ".join(names)


@register.filter
def localized(value):
    """An object, or each object of a list, in the visitor's language where translated."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Model):
        return localize_all([value])[0]
    return localize_all(value.all() if hasattr(value, "all") else value)


@register.filter
def localized_relations(items, paths):
    """``speakers|localized_relations:"person,person.affiliation"``: linked objects translated."""
    items = list(items.all() if hasattr(items, "all") else items)
    for path in paths.split(","):
        localize_relation(items, path)
    return items


@register.simple_tag(takes_context=True)
def site_text(context):
    """The organisation's name, tagline and footer in the visitor's language (None if unset)."""
    from home.models import SiteText

    request = context.get("request")
    if request is None:
        return SiteText.for_active_language()
    language = translation.get_language()
    cached = getattr(request, "_casebook_site_text", None)
    if cached is None or cached[0] != language:
        cached = (language, SiteText.for_active_language())
        request._casebook_site_text = cached
    return cached[1]
