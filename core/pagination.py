from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import QuerySet

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
    fail on a hand-edited address. A queryset is paged by its ids: the database sorts
    and skips narrow rows (the order's columns and the id), and only the rows shown are
    read whole, with their joins and prefetches; sorting thousands of wide joined rows
    to keep twelve cost more than the rest of the page.
    """
    if not isinstance(items, QuerySet):
        return Paginator(items, per_page).get_page(page_number(request))
    ids = items.prefetch_related(None).values_list("pk", flat=True)
    page = Paginator(ids, per_page).get_page(page_number(request))
    shown = list(page.object_list)
    rows = {row.pk: row for row in rows_with_ids(items, shown)}
    page.object_list = [rows[pk] for pk in shown if pk in rows]
    return page


def rows_with_ids(items, ids):
    """The rows of ``ids`` read as ``items`` reads them (joins, deferred fields,
    prefetches) without planning ``items``' filters a second time."""
    rows = items.model._default_manager.filter(pk__in=ids)
    rows.query.select_related = items.query.select_related
    rows.query.deferred_loading = items.query.deferred_loading
    return rows.prefetch_related(*items._prefetch_related_lookups)
