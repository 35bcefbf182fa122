"""Facets of the search page: result type, and for cases the library's own filters."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from cases.filters import CaseFilter, CountryFacet, DirectionFacet, EditionFacet, TechnologyFacet
from cases.models import CallPage, CasePage
from events.models import EventPage
from news.models import NewsPage

RESULT_TYPES = {
    "case": (CasePage, _("Cases")),
    "event": (EventPage, _("Events")),
    "news": (NewsPage, _("News")),
    "call": (CallPage, _("Calls for cases")),
}
CASE_FACETS = [EditionFacet(), DirectionFacet(), TechnologyFacet(), CountryFacet()]


def type_facets(ids, selected):
    """[{key, label, count, selected}] for the result types among ``ids``."""
    counts = {
        row["content_type"]: row["n"]
        for row in Page.objects.filter(pk__in=ids)
        .order_by()  # Page's default order by path would split the groups
        .values("content_type")
        .annotate(n=Count("pk"))
    }
    facets = []
    for key, (model, label) in RESULT_TYPES.items():
        count = counts.get(ContentType.objects.get_for_model(model).pk, 0)
        if count:
            facets.append({"key": key, "label": label, "count": count, "selected": key == selected})
    return facets


def case_filter(params, ids, query):
    """The library's filters over the matched cases; choosing one shows cases only."""
    return CaseFilter(
        params,
        CasePage.objects.filter(pk__in=ids),
        facets=CASE_FACETS,
        keep={"query": query, "type": "case"},
    )


def in_order(ids, queryset):
    """``ids`` (in their order, by relevance) that ``queryset`` holds."""
    wanted = set(queryset.values_list("pk", flat=True))
    return [pk for pk in ids if pk in wanted]
