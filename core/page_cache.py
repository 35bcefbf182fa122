"""Whole answers for visitors who are not signed in, kept until what they show changes.

An answer is stored with the versions of its tags (core.cache_tags) and served while
none has moved on, so a publish, a snippet or image change or a setting reaches every
address that showed it at once, and no other. Requests that carry a session or
messages are never served nor stored from here; nor is an answer that sets a cookie,
used a CSRF token, is private, streamed or anything but a 200.

The answer is stored as sent, compressed (the compression middleware sits inside this
one), under the address, the language and the negotiated encoding.
"""

import hashlib
import time

from compression_middleware.middleware import compressor
from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control
from django.utils.http import http_date
from django.utils.translation import get_language_from_request

from core import cache_tags, frontend_purge

KEY_PREFIX = "page-cache:"
# Answers that are never shared: the admin, documents (served after a permission check)
# and the health check.
EXEMPT_PREFIXES = ("/admin/", "/documents/", "/health/")


def shared_cache_control():
    """Cache-Control for answers any visitor may share: short for browsers, longer for
    a CDN that is purged on change, served stale while it fetches a new copy."""
    return {
        "public": True,
        "max_age": settings.BROWSER_CACHE_SECONDS,
        "s_maxage": settings.SHARED_CACHE_SECONDS,
        "stale_while_revalidate": settings.STALE_WHILE_REVALIDATE_SECONDS,
    }


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_anonymous_read(request):
            response = self.get_response(request)
            if request.COOKIES.get(settings.SESSION_COOKIE_NAME):
                # An editor's view (with the userbar) is nobody else's.
                patch_cache_control(response, private=True)
            return response
        key = cache_key(request)
        if settings.PAGE_CACHE_SECONDS and (stored := cache_tags.recall(key)) is not None:
            return from_stored(stored)
        with cache_tags.remembering(key, settings.PAGE_CACHE_SECONDS) as kept:
            response = shareable(request, self.get_response(request))
            kept.keep = request.method == "GET" and is_storable(request, response)
            if kept.keep:
                response["Last-Modified"] = http_date(time.time())
                kept.value = {"content": response.content, "headers": list(response.items())}
        if kept.keep:
            frontend_purge.remember(request.build_absolute_uri(), kept.tags)
        return response


def is_anonymous_read(request):
    return (
        request.method in ("GET", "HEAD")
        and not request.path.startswith(EXEMPT_PREFIXES)
        and not request.COOKIES.get(settings.SESSION_COOKIE_NAME)
        and not request.COOKIES.get("messages")
    )


def shareable(request, response):
    """The answer's headers for shared caches, when it may be shared at all."""
    if not is_storable(request, response):
        return response
    if not response.has_header("Cache-Control"):
        patch_cache_control(response, **shared_cache_control())
    # Nobody here is signed in and no cookie shaped the answer: it does not vary by one.
    if response.has_header("Vary"):
        vary = [v for v in cc_delim_re.split(response["Vary"]) if v.lower() != "cookie"]
        if vary:
            response["Vary"] = ", ".join(vary)
        else:
            del response["Vary"]
    return response


def is_storable(request, response):
    cache_control = response.get("Cache-Control", "").lower()
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not request.META.get("CSRF_COOKIE_USED")
        and not any(word in cache_control for word in ("private", "no-store", "no-cache"))
    )


def cache_key(request):
    encoding = compressor(request.META.get("HTTP_ACCEPT_ENCODING", ""))[0] or "identity"
    language = get_language_from_request(request, check_path=True)
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    address = f"{encoding}|{language}|{request.get_host()}|{request.path}|{query}"
    return KEY_PREFIX + hashlib.sha256(address.encode()).hexdigest()


def from_stored(stored):
    response = HttpResponse(stored["content"])
    for header, value in stored["headers"]:
        response[header] = value
    return response
