from django.shortcuts import render
from wagtail.models import Locale, Page

from home.pagination import paginate
from search.query import normalise_query


def search(request):
    """Plain full-text search over the active language's live pages."""
    query = request.GET.get("query", "").strip()
    words = normalise_query(query)
    results = Page.objects.none()
    if words:
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(words)
        )
    response = render(
        request,
        "search/search.html",
        {"query": query, "results": paginate(request, results)},
    )
    response["X-Robots-Tag"] = "noindex"
    return response
