from django.shortcuts import render
from wagtail.models import Locale, Page

from home.pagination import paginate

MAX_QUERY_LENGTH = 200


def search(request):
    """Plain full-text search over the active language's live pages."""
    query = request.GET.get("query", "").strip()[:MAX_QUERY_LENGTH]
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        )
    response = render(
        request,
        "search/search.html",
        {"query": query, "results": paginate(request, results)},
    )
    response["X-Robots-Tag"] = "noindex"
    return response
