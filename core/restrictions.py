"""Which sections are behind a password or a sign-in, from the cache.

Wagtail's ``.public()`` reads every view restriction again each time it is called, a
query per listing; restrictions change rarely, so their paths are kept until one is
added, changed or removed, or a page moves (``core.purge``).
"""

from django.conf import settings
from django.db.models import Q
from wagtail.models import PageViewRestriction
from wagtail.query import PageQuerySet

from core import cache_tags

TAG = cache_tags.model_tag(PageViewRestriction)


def restricted_paths():
    def read():
        cache_tags.add(TAG)
        return sorted(PageViewRestriction.objects.values_list("page__path", flat=True))

    return cache_tags.kept("restricted-paths", read, settings.FRAGMENT_CACHE_SECONDS)


def private_q():
    """Pages in a restricted section (the section's page included)."""
    q = Q()
    for path in restricted_paths():
        q |= Q(path__startswith=path)
    return q if q else Q(pk__in=[])


class PageQuerySetWithCachedRestrictions(PageQuerySet):
    def private_q(self):
        return private_q()
