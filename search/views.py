"""The search page: the active language's pages, by relevance, with type facets.

The query is prepared like the index (Chinese cut into words, Arabic normalised,
operators removed). When the configured engine fails, the database index answers
instead and the page says so; when nothing can answer, a 503 page explains it.
"""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.db import DatabaseError
from django.db.models import Count
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Page
from wagtail.search.utils import normalise_query_string

from cases.models import CallPage, CasePage
from events.models import EventPage
from home.localization import active_locale_id
from news.models import NewsPage
from search.hits import record_hit
from search.text import MAX_QUERY_LENGTH, prepare_query

logger = logging.getLogger(__name__)

MAX_MATCHES = 500
PAGE_SIZE = 10
RESULT_TYPES = {
    "case": (CasePage, _("Cases")),
    "event": (EventPage, _("Events")),
    "news": (NewsPage, _("News")),
    "call": (CallPage, _("Calls for cases")),
}


def engine_errors():
    """Exceptions meaning "the search engine did not answer" for the installed clients."""
    errors = [DatabaseError, ConnectionError, TimeoutError]
    try:
        from opensearchpy.exceptions import TransportError as OpenSearchError

        errors.append(OpenSearchError)
    except ImportError:
        pass
    try:
        from elastic_transport import TransportError as ElasticTransportError
        from elasticsearch import ApiError

        errors += [ElasticTransportError, ApiError]
    except ImportError:
        pass
    return tuple(errors)


ENGINE_ERRORS = engine_errors()


def matching_ids(words, backend):
    """Ids of the active language's live pages matching ``words``, most relevant first."""
    pages = Page.objects.live().public().filter(locale_id=active_locale_id())
    results = pages.search(words, operator="and", backend=backend)
    return [page.pk for page in results[:MAX_MATCHES]]


def search_ids(words):
    """(ids, degraded): the engine's answer, or the database index's when it fails."""
    try:
        return matching_ids(words, "default"), False
    except ENGINE_ERRORS:
        logger.exception("Search engine failed for %r", words)
        if "database" not in settings.WAGTAILSEARCH_BACKENDS:
            raise
    return matching_ids(words, "database"), True


def type_facets(ids, selected):
    counts = {
        row["content_type"]: row["n"]
        for row in Page.objects.filter(pk__in=ids).values("content_type").annotate(n=Count("pk"))
    }
    facets = []
    for key, (model, label) in RESULT_TYPES.items():
        count = counts.get(ContentType.objects.get_for_model(model).pk, 0)
        if count:
            facets.append({"key": key, "label": label, "count": count, "selected": key == selected})
    return facets


def promotions(words):
    return (
        SearchPromotion.objects.filter(
            query__query_string=normalise_query_string(words),
            page__live=True,
            page__locale_id=active_locale_id(),
        )
        .select_related("page")
        .order_by("sort_order")
    )


def search(request):
    query = request.GET.get("query", "").strip()[:MAX_QUERY_LENGTH]
    words = prepare_query(query, translation.get_language())
    kind = request.GET.get("type") if request.GET.get("type") in RESULT_TYPES else None
    context = {"query": query, "kind": kind, "facets": [], "promotions": [], "degraded": False}
    status = 200
    ids = []
    if words:
        try:
            ids, context["degraded"] = search_ids(words)
        except ENGINE_ERRORS:
            logger.exception("No search backend answered for %r", words)
            context["unavailable"] = True
            status = 503
        context["facets"] = type_facets(ids, kind)
        context["promotions"] = promotions(words)
        record_hit(words)
        if kind:
            model = RESULT_TYPES[kind][0]
            wanted = set(model.objects.filter(pk__in=ids).values_list("pk", flat=True))
            ids = [pk for pk in ids if pk in wanted]
    results = Paginator(ids, PAGE_SIZE).get_page(request.GET.get("page"))
    pages = Page.objects.filter(pk__in=list(results.object_list)).specific()
    by_id = {page.pk: page for page in pages}
    results.object_list = [by_id[pk] for pk in results.object_list if pk in by_id]
    context.update(results=results, words=words.split())
    response = render(request, "search/search.html", context, status=status)
    response["X-Robots-Tag"] = "noindex"
    return response
