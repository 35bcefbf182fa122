"""Events as iCalendar (RFC 5545): one event, or the upcoming events of a language.

Built with the ``icalendar`` library. Each event keeps its UID across edits (the
translation key and language), starts and ends in its own time zone with the VTIMEZONE
that defines it, is given as dates when it is all day, and carries its online address
as a CONFERENCE (RFC 7986) as well as in its description.
"""

import datetime as dt
from urllib.parse import urlsplit

from django.utils import timezone
from icalendar import Calendar, Conference, Event

from core import cache_tags
from events.models import EventPage, listed_until_they_end

PRODID = "-//Casebook//Events//EN"
UPCOMING_LIMIT = 200


def upcoming_events(locale_id, kind=None):
    events = EventPage.objects.live().public().filter(locale_id=locale_id)
    cache_tags.listing_of_pages(EventPage, locale_id)
    events = events.filter(ends_at__gte=timezone.now()).order_by("starts_at")
    if kind:
        events = events.filter(kind=kind)
    return listed_until_they_end(events.select_related("locale")[:UPCOMING_LIMIT])


def calendar_of(events, name, request):
    """A calendar of ``events`` named ``name``, with the time zones they use."""
    calendar = Calendar.new(prodid=PRODID, name=name, method="PUBLISH")
    for event in events:
        calendar.add_component(calendar_event(event, request))
    calendar.add_missing_timezones()
    return calendar


def calendar_event(page, request):
    url = page.get_full_url(request)
    start, end = page.local_start, page.local_end
    if page.all_day:
        # An all-day event ends at the start of the day after its last day.
        start, end = start.date(), end.date() + dt.timedelta(days=1)
    event = Event.new(
        uid=f"event-{page.translation_key}-{page.locale.language_code}@{urlsplit(url).hostname}",
        stamp=page.last_published_at,
        created=page.first_published_at,
        last_modified=page.last_published_at,
        start=start,
        end=end,
        summary=page.title,
        description="\n\n".join(filter(None, [page.card_summary, page.online_url, url])),
        location=location(page),
        url=url,
        categories=[page.get_kind_display()],
        status="CONFIRMED",
    )
    if page.online_url:
        event.conferences = [Conference(page.online_url, feature="VIDEO")]
    return event


def location(page):
    place = [page.venue_name, page.address, page.city, str(page.country.name or "")]
    return ", ".join(part for part in place if part) or page.online_url or None
