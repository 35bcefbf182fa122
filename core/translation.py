"""What translators translate and what stays in sync across languages.

Every page type, snippet and translatable child declares its fields explicitly
(wagtail-localize would otherwise guess): words are translated; slugs, dates,
numbers, pictures, addresses and links to taxonomies are synchronised from the
source page, and linked objects are shown in the visitor's language when a
translation of them exists (``core.localization``).
"""

from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


def translated(*names):
    return [TranslatableField(name) for name in names]


def synchronised(*names, overridable=True):
    return [SynchronizedField(name, overridable=overridable) for name in names]


PAGE_FIELDS = [
    *translated("title", "seo_title", "search_description"),
    *synchronised("slug", "show_in_menus"),
    *translated("listing_title", "listing_summary"),
    *synchronised("listing_image", "social_image"),
]


class TranslatableOrderable(TranslatableMixin, Orderable):
    """An ordered child of a page whose words are translated with the page."""

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        abstract = True
