"""``{% cached_fragment "name" vary… %}…{% endcached_fragment %}``: a part of a page kept
until what it shows changes (``core.cache_tags``), per site, language and the values
given. Shared parts (the header) are rendered once for many pages; a part of one page
(``{% cached_fragment "body" page %}``) is kept apart from the rest of that page, so a
page answered afresh because a related case changed still reuses its body.
"""

import hashlib

from django import template
from django.conf import settings
from django.core.paginator import Page
from django.db.models import Model, QuerySet
from django.utils import translation

from core import cache_tags

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, name, vary, nodelist):
        self.name, self.vary, self.nodelist = name, vary, nodelist

    def render(self, context):
        request = context.get("request")
        if getattr(request, "is_preview", False):
            # A draft: the kept part under the same key is the live one.
            return self.nodelist.render(context)
        values = [value.resolve(context) for value in self.vary]
        parts = [
            self.name.resolve(context),
            request.get_host() if request else "",
            translation.get_language(),
            *(identity(value) for value in values),
        ]
        key = "fragment:" + hashlib.sha256("|".join(parts).encode()).hexdigest()
        # A fragment may show anything the page read before it (the context, and what the
        # request keeps once, such as the site settings): it keeps the page's tags so far
        # as well as its own. A shared one is purged more often than it needs, never late.
        return cache_tags.kept(
            key,
            lambda: self.nodelist.render(context),
            settings.FRAGMENT_CACHE_SECONDS,
            inherit=True,
        )


def identity(value):
    """``value`` in the key: an object by its kind and id; a list of them (the cards of
    a listing's page), each so."""
    if isinstance(value, Model):
        return f"{cache_tags.model_tag(value)}:{value.pk}"
    if isinstance(value, (list, tuple, Page, QuerySet)):
        return ",".join(identity(item) for item in value)
    return str(value)


@register.tag
def cached_fragment(parser, token):
    name, *vary = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return FragmentNode(name, vary, nodelist)
