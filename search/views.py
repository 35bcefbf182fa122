"""The search page and its autocompletion: the active language's pages, by relevance.

The query is prepared like the index (core.text). When the configured engine
fails, the database index answers instead and the page says so; when nothing
can answer, a 503 explains it.
"""

import logging
import unicodedata

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.cache import patch_cache_control
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from core.localization import active_locale_id
from core.pagination import paginate
from core.text import (
    MAX_QUERY_LENGTH,
    highlight_terms,
    is_chinese,
    prepare_prefix,
    prepare_query,
)
from search import breaker
from search.facets import RESULT_TYPES, case_filter, in_order, type_facets
from search.hits import record_hit

logger = logging.getLogger(__name__)

MAX_MATCHES = 500
PAGE_SIZE = 10
MAX_SUGGESTIONS = 8
# Letters typed before suggestions start; one Chinese character is often a word.
MIN_PREFIX_LENGTH = 2


def with_fallback(run, query):
    """(answer, degraded): ``run(backend)`` on the engine, or on the database index when
    the engine fails. Raises the engine's error when no database index is configured.

    While the engine rests after a failure (search.breaker), searches go straight to
    the database index instead of waiting for its timeout each time.
    """
    has_database = "database" in settings.WAGTAILSEARCH_BACKENDS
    if has_database and breaker.resting():
        return run("database"), True
    try:
        return run("default"), False
    except breaker.engine_errors():
        logger.exception("Search engine failed for %r", query)
        if not has_database:
            raise
        breaker.rest()
    return run("database"), True


def live_pages():
    return Page.objects.live().public().filter(locale_id=active_locale_id())


def promotions(query):
    return (
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(query),
            # Live and public: no page behind a password or a login.
            page__in=live_pages(),
        )
        .select_related("page")
        .order_by("sort_order")
    )


def not_for_robots(response):
    response["X-Robots-Tag"] = "noindex"
    return response


def raw_query(request):
    """The words typed, without NUL and other control characters (PostgreSQL refuses NUL)."""
    typed = request.GET.get("query", "")
    words = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in typed)
    return words.strip()[:MAX_QUERY_LENGTH]


def search(request):
    language = translation.get_language()
    query = raw_query(request)
    words = prepare_query(query, language)
    kind = request.GET.get("type") if request.GET.get("type") in RESULT_TYPES else None
    context = {"query": query, "kind": kind, "facets": [], "promotions": [], "degraded": False}
    status = 200
    ids = []
    if words:
        try:
            ids, context["degraded"] = with_fallback(
                lambda backend: [
                    page.pk
                    for page in live_pages().search(words, operator="and", backend=backend)[
                        :MAX_MATCHES
                    ]
                ],
                words,
            )
        except breaker.engine_errors():
            logger.exception("No search backend answered for %r", words)
            context["unavailable"] = True
            status = 503
        context["facets"] = type_facets(ids, kind)
        # Editors see and promote what visitors typed, not its stems.
        context["promotions"] = promotions(query)
        record_hit(query)
        cases = case_filter(request.GET, ids, query) if kind in (None, "case") else None
        context["filter"] = cases
        if cases and cases.is_active:
            kind = context["kind"] = "case"
            ids = in_order(ids, cases.filtered())
        elif kind:
            ids = in_order(ids, RESULT_TYPES[kind][0].objects.filter(pk__in=ids))
    results = paginate(request, ids, PAGE_SIZE)
    by_id = Page.objects.filter(pk__in=list(results.object_list)).specific().in_bulk()
    results.object_list = [by_id[pk] for pk in results.object_list if pk in by_id]
    context.update(results=results, highlight=highlight_terms(query, language))
    response = render(request, "search/search.html", context, status=status)
    # Each search is counted (search.hits): no shared cache may answer it instead.
    patch_cache_control(response, private=True, max_age=0)
    return not_for_robots(response)


def suggest(request):
    """Up to eight pages whose titles start with the words typed, as JSON for the
    search form's suggestions (the form works without them)."""
    query = raw_query(request)
    language = translation.get_language()
    prefix = prepare_prefix(query, language)
    suggestions, status = [], 200
    if len(prefix) >= (1 if is_chinese(language) else MIN_PREFIX_LENGTH):
        try:
            pages, _degraded = with_fallback(
                lambda backend: list(
                    live_pages().autocomplete(prefix, operator="and", backend=backend)[
                        :MAX_SUGGESTIONS
                    ]
                ),
                prefix,
            )
            suggestions = [
                {
                    "title": page.title,
                    "url": page.get_url(request),
                    # The content type's class: no query for the specific page.
                    "type": str(page.specific_class.get_verbose_name()),
                }
                for page in pages
            ]
        except breaker.engine_errors():
            logger.exception("No search backend answered suggestions for %r", prefix)
            status = 503
    response = JsonResponse({"query": query, "suggestions": suggestions}, status=status)
    response["Cache-Control"] = "public, max-age=300"
    return not_for_robots(response)
