"""Small template helpers for the public templates: numbers, addresses, site text.

Querysets are shaped in Python (``get_context``, ``core.cards``), never here.
"""

import re
from collections.abc import Iterable
from decimal import Decimal

from django import template
from django.template.defaultfilters import floatformat
from django.utils import translation
from django.utils.translation import pgettext, trans_real

from core.models import SiteText
from core.oembed import discovery_links
from core.structured_data import describe
from core.structured_data import script as json_ld_script

register = template.Library()

# Open Graph names locales language_TERRITORY; these are the six UN languages' usual ones.
OG_LOCALES = {
    "en": "en_GB",
    "fr": "fr_FR",
    "es": "es_ES",
    "ar": "ar_AR",
    "ru": "ru_RU",
    "zh-hans": "zh_CN",
}
HEX_COLOUR = re.compile(r"^#(?:[0-9a-fA-F]{3}){1,2}$")


@register.filter
def number(value):
    """A figure as people write it: 1,500 rather than 1500.00; text is left as it is."""
    if isinstance(value, Decimal) and value.is_finite():
        places = max(0, -value.normalize().as_tuple().exponent)
        return floatformat(value, f"{places}g")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return floatformat(value, "-2g")
    return value


@register.filter
def for_number(label, value):
    """A key figure's label in the form its number takes, so editing the number keeps the
    grammar: "figure|figures" holds one form per plural form of the language, in gettext's
    order (a translator writes Russian "узор|узора|узоров|узора"). A label without "|"
    reads the same after any number; a number that is not whole takes the last form.
    """
    forms = [form.strip() for form in str(label).split("|")]
    if len(forms) == 1:
        return label
    try:
        number = Decimal(re.sub(r"[\s,\u00a0\u202f]", "", str(value)))
    except ArithmeticError:
        return forms[-1]
    if number != number.to_integral_value():
        return forms[-1]
    index = trans_real.translation(translation.get_language()).plural(int(number))
    return forms[min(index, len(forms) - 1)]


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """``url`` with scheme and host, for Open Graph and other machine readers."""
    request = context.get("request")
    if not url or request is None:
        return url or ""
    return request.build_absolute_uri(url)


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
        # A multiple CountryField gives a list-like wrapper, not a list.
        for value in item if isinstance(item, Iterable) and not isinstance(item, str) else [item]:
            name = getattr(value, "name", value)
            if name:
                names.append(str(name))
    return pgettext("separator between list items", ", ").join(names)


@register.simple_tag
def in_brackets(*items):
    """Items as a list in round brackets, with each language's brackets and separators."""
    return pgettext("round brackets around a note", "(%(text)s)") % {"text": comma_list(*items)}


@register.simple_tag(takes_context=True)
def site_text(context):
    """The organisation's name, tagline and footer in the visitor's language (None if unset)."""

    request = context.get("request")
    if request is None:
        return SiteText.for_active_language()
    language = translation.get_language()
    cached = getattr(request, "_casebook_site_text", None)
    if cached is None or cached[0] != language:
        cached = (language, SiteText.for_active_language())
        request._casebook_site_text = cached
    return cached[1]


@register.simple_tag(takes_context=True)
def structured_data(context, versions):
    """The page's schema.org JSON-LD (``core.structured_data``), for search engines."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None or not getattr(page, "pk", None):
        return ""
    return json_ld_script(describe(page, request, versions))


@register.filter
def og_locale(language_code):
    """An Open Graph locale (``fr_FR``-like) for a language code: ``zh-hans`` is ``zh_CN``."""
    return OG_LOCALES.get(language_code, language_code)


@register.simple_tag(takes_context=True)
def oembed_links(context):
    """oEmbed discovery links of a case, event or news page: [(MIME type, address)]."""
    page, request = context.get("page"), context.get("request")
    if page is None or request is None or not getattr(page, "pk", None):
        return []
    return discovery_links(request, page)
