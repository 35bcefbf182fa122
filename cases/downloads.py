"""The case library as CSV and JSON downloads, with the library's own filters."""

from cases.api import CaseRecord, case_records
from cases.filters import CaseFilter
from cases.models import CasePage
from core import cache_tags
from core.downloads import csv_download, json_download
from core.localization import active_locale_id


def listed_cases(request):
    cache_tags.listing_of_pages(CasePage, active_locale_id())
    cases = CasePage.objects.live().public().filter(locale_id=active_locale_id())
    return CaseFilter(request.GET, cases).results()


def cases_csv(request):
    return csv_download(request, listed_cases(request), case_records, CaseRecord, "cases")


def cases_json(request):
    return json_download(request, listed_cases(request), case_records, CaseRecord, "cases")
