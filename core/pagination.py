from django.core.paginator import Paginator

PAGE_SIZE = 12


def paginate(request, items, per_page=PAGE_SIZE):
    """The requested page; a missing, malformed or out-of-range number gives a real page.

    ``get_page`` turns ``?page=abc`` into the first page and ``?page=99999`` into the
    last, so listings never fail on a hand-edited address.
    """
    return Paginator(items, per_page).get_page(request.GET.get("page"))
