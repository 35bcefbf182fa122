"""Events in the open-data API (``/api/v1/events/``)."""

import datetime as dt
from typing import Literal

from django.db.models import prefetch_related_objects
from django.utils import timezone
from ninja import Field, Router, Schema

from core.api import (
    Label,
    ListQuery,
    OrganisationRole,
    PageRecord,
    Picture,
    country_label,
    label,
    live_in,
    organisation_roles,
    page_fields,
    picture,
    record_endpoints,
    translations_of,
)
from core.localization import localize_relation
from events.models import EventPage


class Speaker(Schema):
    name: str
    affiliation: str = Field(description="The role or organisation the person spoke for.")
    talk_title: str


class EventRecord(PageRecord):
    summary: str = Field(description="What the event is about, in a few sentences.")
    type: Label = Field(description="Forum, briefing session, online exchange…")
    starts_at: dt.datetime = Field(description="In UTC.")
    ends_at: dt.datetime = Field(description="In UTC.")
    time_zone: str = Field(description="IANA time zone of the event's own times.")
    all_day: bool = Field(description="Only the dates are announced, not the hours.")
    venue_name: str = Field(description="Venue, if the event takes place somewhere.")
    address: str = Field(description="Street address of the venue.")
    city: str = Field(description="City of the venue.")
    country: Label | None = Field(description="Country of the venue (ISO 3166-1 alpha-2).")
    online_url: str = Field(description="Where to follow the event online.")
    registration_url: str = Field(description="Where to register.")
    organisations: list[OrganisationRole] = Field(description="Organisations and their roles.")
    speakers: list[Speaker] = Field(description="Speakers, with the role they spoke in.")
    image: Picture | None = Field(description="The event's picture.")


class EventQuery(ListQuery):
    type: Literal[tuple(EventPage.Kind.values)] | None = Field(None, description="Event type.")
    upcoming: bool | None = Field(
        None, description="true: events not yet over, soonest first; false: past events only."
    )


def event_records(request, events):
    prefetch_related_objects(events, *EventPage.record_relations())
    translations = translations_of(request, events, "event")
    roles = organisation_roles(events)
    speakers = speakers_of(events)
    return [
        {
            **page_fields(request, event, translations, "event"),
            "summary": event.summary,
            "type": label(event.kind, event.get_kind_display()),
            "starts_at": event.starts_at,
            "ends_at": event.ends_at,
            "time_zone": str(event.time_zone),
            "all_day": event.all_day,
            "venue_name": event.venue_name,
            "address": event.address,
            "city": event.city,
            "country": country_label(event.country.code),
            "online_url": event.online_url,
            "registration_url": event.registration_url,
            "organisations": roles[event.pk],
            "speakers": speakers[event.pk],
            "image": picture(request, event.card_image, event.card_image_alt),
        }
        for event in events
    ]


def speakers_of(events):
    """{event pk: [Speaker]}, people and affiliations in the active language."""
    rows = [speaker for event in events for speaker in event.speakers.all()]
    localize_relation(localize_relation(rows, "person"), "person.affiliation")
    by_event = {event.pk: [] for event in events}
    for speaker in rows:
        affiliation = speaker.affiliation or getattr(speaker.person.affiliation, "name", "")
        by_event[speaker.page_id].append(
            {
                "name": speaker.person.name,
                "affiliation": affiliation,
                "talk_title": speaker.talk_title,
            }
        )
    return by_event


def filtered_events(query):
    events = live_in(EventPage, query.lang).order_by("-starts_at", "pk")
    if query.type:
        events = events.filter(kind=query.type)
    if query.upcoming is not None:
        now = timezone.now()
        if query.upcoming:
            events = events.filter(ends_at__gte=now).order_by("starts_at", "pk")
        else:
            events = events.filter(ends_at__lt=now)
    return events


router = Router(tags=["events"])
record_endpoints(
    router,
    "/events/",
    EventPage,
    record=EventRecord,
    records=event_records,
    listed=filtered_events,
    query=EventQuery,
    doc="Forums, briefing sessions, online exchanges and other events, the latest first.",
)
