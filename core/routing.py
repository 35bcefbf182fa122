"""The site and the page of an address, from the cache.

Wagtail finds both again for every request (caching them on the request only): a query
for the site, then one or two per level of the address while it walks down the tree.
This middleware gives Wagtail both from the cache, kept until a page or site on the way
changes (``core.cache_tags``). Addresses that find no page are not kept.
"""

from django.conf import settings
from django.http.request import split_domain_port
from django.utils import translation
from wagtail.models import Page, Site
from wagtail.views import serve

from core import cache_tags


class CachedRoutingMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.FRAGMENT_CACHE_SECONDS and not hasattr(request, "_wagtail_site"):
            request._wagtail_site = cached_site(request)
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is serve and settings.FRAGMENT_CACHE_SECONDS and request._wagtail_site:
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            request._wagtail_route_for_request = cached_route(request, path)


def cached_site(request):
    hostname = split_domain_port(request._get_raw_host())[0]
    key = f"site-for:{hostname}:{request.get_port()}"
    return cache_tags.kept(
        key, lambda: Site._find_for_request(request), settings.FRAGMENT_CACHE_SECONDS
    )


def cached_route(request, path):
    key = f"route:{request._wagtail_site.pk}:{translation.get_language()}:{path}"
    found = cache_tags.recall(key)
    if found is not None:
        return found
    with cache_tags.remembering(key, settings.FRAGMENT_CACHE_SECONDS) as kept:
        kept.value = Page.route_for_request(request, path)
        kept.keep = kept.value is not None
    return kept.value
