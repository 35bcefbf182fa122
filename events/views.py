"""Events as iCalendar files: one event, or a subscribable calendar of upcoming events."""

from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from core.localization import active_locale_id
from events.calendar import calendar_of, upcoming_events
from events.kinds import chosen_kind
from events.models import EventIndexPage, EventPage

CONTENT_TYPE = "text/calendar; charset=utf-8"


@require_safe
def upcoming_calendar(request):
    """The upcoming events of the visitor's language, of one kind with ``?type=``."""
    index = EventIndexPage.in_active_language()
    events = upcoming_events(index.locale_id, chosen_kind(request))
    calendar = calendar_of(events, index.title, request)
    return HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)


@require_safe
def event_calendar(request, page_id):
    """One event as a calendar file to add ("Add to calendar" on the event's page)."""
    events = EventPage.objects.live().public().filter(locale_id=active_locale_id())
    event = get_object_or_404(events.select_related("locale"), pk=page_id)

    calendar = calendar_of([event], event.title, request)
    response = HttpResponse(calendar.to_ical(), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response
