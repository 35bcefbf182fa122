"""JSON-LD of an event (schema.org Event), from its API record."""

from core.structured_data import describes, image_urls, organisation, web_page
from events.api import event_records
from events.models import EventPage

ORGANISER_ROLES = {"host", "organiser", "joint_organiser", "co_organiser"}


@describes(EventPage)
def describe_event(page, request, versions):
    (record,) = event_records(request, [page])
    places = []
    if record["venue_name"] or record["city"]:
        address = {"@type": "PostalAddress", "addressLocality": record["city"]}
        if record["address"]:
            address["streetAddress"] = record["address"]
        if record["country"]:
            address["addressCountry"] = record["country"]["value"]
        places.append(
            {"@type": "Place", "name": record["venue_name"] or record["city"], "address": address}
        )
    if record["online_url"]:
        places.append({"@type": "VirtualLocation", "url": record["online_url"]})
    roles = record["organisations"]
    described = {
        **web_page(page, request, versions, "Event"),
        "startDate": page.local_start.date() if page.all_day else page.local_start,
        "endDate": page.local_end.date() if page.all_day else page.local_end,
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": attendance_mode(places),
        "location": places,
        "organizer": [
            organisation(role["organisation"])
            for role in roles
            if role["role"]["value"] in ORGANISER_ROLES
        ],
        "sponsor": [
            organisation(role["organisation"])
            for role in roles
            if role["role"]["value"] not in ORGANISER_ROLES
        ],
        "performer": [
            {"@type": "Person", "name": speaker["name"], "jobTitle": speaker["affiliation"]}
            for speaker in record["speakers"]
        ],
    }
    if images := image_urls(record["image"]):
        described["image"] = images
    return described


def attendance_mode(places):
    kinds = {place["@type"] for place in places}
    if kinds == {"Place", "VirtualLocation"}:
        return "https://schema.org/MixedEventAttendanceMode"
    if kinds == {"VirtualLocation"}:
        return "https://schema.org/OnlineEventAttendanceMode"
    return "https://schema.org/OfflineEventAttendanceMode"
