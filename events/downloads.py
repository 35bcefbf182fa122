"""Events as CSV and JSON downloads; ``?type=`` keeps one kind, as on the feeds."""

from core import cache_tags
from core.downloads import csv_download, json_download
from core.localization import active_locale_id
from events.api import EventRecord, event_records
from events.kinds import chosen_kind
from events.models import EventPage


def listed_events(request):
    cache_tags.listing_of_pages(EventPage, active_locale_id())
    events = EventPage.objects.live().public().filter(locale_id=active_locale_id())
    if kind := chosen_kind(request):
        events = events.filter(kind=kind)
    return events.order_by("-starts_at", "pk")


def events_csv(request):
    return csv_download(request, listed_events(request), event_records, EventRecord, "events")


def events_json(request):
    return json_download(request, listed_events(request), event_records, EventRecord, "events")
