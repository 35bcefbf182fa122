"""Answers for machines (feeds, calendars), kept until the next publication.

Feed readers and calendar clients poll the same addresses over and over. Their answers
are cached under a key that carries a generation number, and every publish or unpublish
moves the generation on: no address has to be listed to be purged, and a stale answer
is never served. ``conditional_page`` around the views turns the stored content and
Last-Modified into ETag and 304 answers.
"""

import hashlib

from django.core.cache import cache
from django.http import HttpResponse
from django.utils import translation

GENERATION_KEY = "publication-cache:generation"
CACHE_SECONDS = 60 * 60
KEPT_HEADERS = ("Content-Type", "Last-Modified", "Content-Disposition")
# Partners' caches and CDNs may keep an answer a few minutes.
CACHE_CONTROL = "public, max-age=300"


def cached_until_publication(name, render):
    """``render()``'s response, from the cache when nothing was published since.

    ``name`` says what is answered (with its parameters); the active language is added.
    """
    stored = cache.get(key := cache_key(name))
    if stored is None:
        response = render()
        headers = {
            header: response[header] for header in KEPT_HEADERS if response.has_header(header)
        }
        stored = (response.content, headers)
        cache.set(key, stored, CACHE_SECONDS)
    content, headers = stored
    response = HttpResponse(content, headers=headers)
    response["Cache-Control"] = CACHE_CONTROL
    return response


def cache_key(name):
    generation = cache.get_or_set(GENERATION_KEY, 0, None)
    digest = hashlib.sha256(f"{translation.get_language()}:{name}".encode()).hexdigest()
    return f"publication-cache:{generation}:{digest}"


def start_new_generation(**kwargs):
    """A signal receiver: anything published makes every cached answer stale."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 1, None)
