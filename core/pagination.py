from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator

PAGE_SIZE = 12
PAGE_NUMBER = forms.IntegerField(min_value=1, max_value=100_000)


def page_number(request):
    """The ``?page=`` asked for, cleaned by a form field; 1 when it is not a page number."""
    try:
        return PAGE_NUMBER.clean(request.GET.get("page") or 1)
    except ValidationError:
        return 1


def paginate(request, items, per_page=PAGE_SIZE):
    """The requested page; a missing, malformed or out-of-range number gives a real page.

    ``?page=abc`` gives the first page and ``?page=99999`` the last, so listings never
    fail on a hand-edited address.
    """
    return Paginator(items, per_page).get_page(page_number(request))
