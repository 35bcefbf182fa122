"""The CDN or reverse proxy in front of the site, purged from the same tags.

The page cache (core.page_cache) names what each answer showed with tags. With a
frontend cache configured (``FRONTEND_CACHE_URL``), every address stored is also written
down under its tags; purging a tag then asks wagtail.contrib.frontend_cache to purge
exactly those addresses there, as a background task (django-tasks), so a publish does
not wait for the proxy.
"""

from django.conf import settings
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

from core.models import CachedAddress

# Longer addresses (a very long search, say) are not written down; the CDN drops them
# when their shared lifetime ends.
MAX_URL_LENGTH = CachedAddress._meta.get_field("url").max_length


def enabled():
    return bool(settings.WAGTAILFRONTENDCACHE)


def remember(url, tags):
    if not enabled() or len(url) > MAX_URL_LENGTH:
        return
    CachedAddress.objects.bulk_create(
        [CachedAddress(tag=tag[:120], url=url) for tag in tags], ignore_conflicts=True
    )


def purge(tags):
    """Purges from the frontend cache every address written down under ``tags``."""
    if not enabled() or not tags:
        return
    held = CachedAddress.objects.filter(tag__in=[tag[:120] for tag in tags])
    urls = sorted(set(held.values_list("url", flat=True)))
    if not urls:
        return
    CachedAddress.objects.filter(url__in=urls).delete()
    purge_urls_from_cache(urls)
