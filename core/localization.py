"""Showing linked objects in the visitor's language.

Links to taxonomies, organisations and people are synchronised from the source
page, so a translated case still points at the English objects. These helpers
swap each for its translation in the active language, with one query per model
rather than one per object.
"""

from collections import defaultdict

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from django.utils import translation
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale, Page, TranslatableMixin

# Locale ids by language code: asked on every page view, changed almost never.
_locale_ids = {}


@receiver([post_save, post_delete], sender=Locale)
def _forget_locale_ids(**kwargs):
    _locale_ids.clear()


def locale_id_of(code):
    if code not in _locale_ids:
        _locale_ids.update(Locale.objects.values_list("language_code", "pk"))
    return _locale_ids.get(code)


def language_of(locale_id):
    """The language code of a locale, from the cached table (no query once it is filled)."""
    if not _locale_ids:
        locale_id_of(None)
    return next((code for code, pk in _locale_ids.items() if pk == locale_id), None)


def default_locale_id():
    return locale_id_of(get_supported_content_language_variant(settings.LANGUAGE_CODE))


def active_locale_id():
    """The id of the active language's Locale, without a query after the first time."""
    try:
        code = get_supported_content_language_variant(translation.get_language())
    except LookupError:
        code = settings.LANGUAGE_CODE
    return locale_id_of(code) or default_locale_id()


def localize_all(objects):
    """``objects`` with each translatable one replaced by its active-language version.

    Objects without a translation, and anything not translatable, are kept as they are.
    """
    objects = list(objects)
    locale_id = active_locale_id()
    wanted = defaultdict(set)
    for obj in objects:
        if isinstance(obj, TranslatableMixin) and obj.locale_id != locale_id:
            wanted[type(obj)].add(obj.translation_key)
    found = {}
    for model, keys in wanted.items():
        translations = model._default_manager.filter(translation_key__in=keys, locale_id=locale_id)
        if issubclass(model, Page):
            translations = translations.live().public()
        for version in translations:
            found[(model, version.translation_key)] = version
    return [found.get((type(obj), getattr(obj, "translation_key", None)), obj) for obj in objects]


def localize_relation(instances, path):
    """Replace the object at ``path`` ("person" or "person.affiliation") of each instance.

    The swap happens in memory only, for display; nothing is saved.
    """
    instances = list(instances)
    *parents, field_name = path.split(".")
    holders = instances
    for name in parents:
        holders = [getattr(holder, name) for holder in holders]
    holders = [holder for holder in holders if holder is not None]
    related = [getattr(holder, field_name) for holder in holders]
    for holder, localized in zip(holders, localize_all(related), strict=True):
        if localized is not None:
            setattr(holder, field_name, localized)
    return instances


def pages_linking_to(page, model, relation):
    """Live pages of ``model`` whose ``relation`` links to ``page`` in any language.

    Links are synchronised, so a translated news item still links to the English
    case: look the links up by translation key and show each linking page in the
    visitor's language where it is translated.
    """
    linking = (
        model.objects.live()
        .public()
        .filter(**{f"{relation}__translation_key": page.translation_key})
        .distinct()
    )
    by_key = {}
    for version in linking:
        if version.translation_key not in by_key or version.locale_id == active_locale_id():
            by_key[version.translation_key] = version
    return localize_all(by_key.values())


def localized_card_links(cards):
    """Case cards name their direction: show it in the visitor's language."""
    localize_relation([card for card in cards if getattr(card, "direction_id", None)], "direction")
    return cards
