"""``{% cached_fragment "name" vary… %}…{% endcached_fragment %}``: a part of the page that
every page shows alike (per site, language and the values given), kept until what it
shows changes (``core.cache_tags``): a header rendered once serves every page."""

import hashlib

from django import template
from django.conf import settings
from django.utils import translation

from core import cache_tags

register = template.Library()


class FragmentNode(template.Node):
    def __init__(self, name, vary, nodelist):
        self.name, self.vary, self.nodelist = name, vary, nodelist

    def render(self, context):
        request = context.get("request")
        parts = [
            self.name.resolve(context),
            request.get_host() if request else "",
            translation.get_language(),
            *(str(value.resolve(context)) for value in self.vary),
        ]
        key = "fragment:" + hashlib.sha256("|".join(parts).encode()).hexdigest()
        return cache_tags.kept(
            key, lambda: self.nodelist.render(context), settings.FRAGMENT_CACHE_SECONDS
        )


@register.tag
def cached_fragment(parser, token):
    name, *vary = [parser.compile_filter(bit) for bit in token.split_contents()[1:]]
    nodelist = parser.parse(("endcached_fragment",))
    parser.delete_first_token()
    return FragmentNode(name, vary, nodelist)
