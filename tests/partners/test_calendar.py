"""Event calendars read back by the icalendar library: times, zones, UIDs, languages."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.core.cache import cache
from django.utils import timezone

from events.models import EventPage
from tests.factories import EventPageFactory
from tests.factories.translations import translate_page

pytestmark = pytest.mark.django_db

SHANGHAI = ZoneInfo("Asia/Shanghai")
UPCOMING = "/en/calendar/events.ics"


@pytest.fixture(autouse=True)
def fresh_cache():
    cache.clear()


@pytest.fixture
def events(site_tree):
    year = timezone.now().year + 1
    parent = site_tree.event_index
    return {
        "forum": EventPageFactory(
            parent=parent,
            title="Sample forum in Hangzhou",
            kind=EventPage.Kind.FORUM,
            starts_at=dt.datetime(year, 3, 18, 9, 30, tzinfo=SHANGHAI),
            ends_at=dt.datetime(year, 3, 18, 17, 0, tzinfo=SHANGHAI),
            time_zone=SHANGHAI,
            venue_name="Sample conference hall",
            city="Hangzhou",
            country="CN",
        ),
        "exhibition": EventPageFactory(
            parent=parent,
            title="Sample exhibition",
            kind=EventPage.Kind.EXHIBITION,
            starts_at=dt.datetime(year, 5, 1, tzinfo=SHANGHAI),
            ends_at=dt.datetime(year, 5, 3, 23, 0, tzinfo=SHANGHAI),
            time_zone=SHANGHAI,
            all_day=True,
        ),
        "online": EventPageFactory(
            parent=parent,
            title="Sample online exchange",
            kind=EventPage.Kind.ONLINE_EXCHANGE,
            starts_at=dt.datetime(year, 4, 2, 14, 0, tzinfo=dt.UTC),
            ends_at=dt.datetime(year, 4, 2, 15, 30, tzinfo=dt.UTC),
            online_url="https://meeting.example/room-1",
            city="",
            country="",
        ),
        "past": EventPageFactory(
            parent=parent,
            title="Sample past briefing",
            kind=EventPage.Kind.BRIEFING,
            starts_at=timezone.now() - dt.timedelta(days=30),
            ends_at=timezone.now() - dt.timedelta(days=30) + dt.timedelta(hours=2),
        ),
    }


def read_calendar(client, url):
    response = client.get(url, HTTP_ORIGIN="https://partner.example")
    assert response.status_code == 200, url
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}, calendar, response


def test_upcoming_calendar_has_the_upcoming_events_at_the_right_times(client, events):
    found, calendar, response = read_calendar(client, UPCOMING)

    assert set(found) == {"Sample forum in Hangzhou", "Sample exhibition", "Sample online exchange"}
    assert response["Access-Control-Allow-Origin"] == "*"
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    forum = found["Sample forum in Hangzhou"]
    assert forum["DTSTART"].params["TZID"] == "Asia/Shanghai"
    assert forum.start.astimezone(dt.UTC) == events["forum"].starts_at.astimezone(dt.UTC)
    assert forum.end.astimezone(dt.UTC).hour == 9  # 17:00 in Shanghai
    assert forum["LOCATION"] == "Sample conference hall, Hangzhou, China"
    assert forum["URL"].endswith(events["forum"].url)
    assert "DTSTAMP" in forum and forum["UID"]
    assert [tz.tz_name for tz in calendar.timezones] == ["Asia/Shanghai"]


def test_all_day_events_are_dates_ending_the_day_after(client, events):
    found, _, _ = read_calendar(client, UPCOMING)

    exhibition = found["Sample exhibition"]
    assert exhibition["DTSTART"].params["VALUE"] == "DATE"
    year = events["exhibition"].starts_at.year
    assert (exhibition.start, exhibition.end) == (dt.date(year, 5, 1), dt.date(year, 5, 4))


def test_online_events_carry_their_address(client, events):
    found, _, _ = read_calendar(client, UPCOMING)

    online = found["Sample online exchange"]
    assert [conference.uri for conference in online.conferences] == [
        "https://meeting.example/room-1"
    ]
    assert online["LOCATION"] == "https://meeting.example/room-1"
    assert "https://meeting.example/room-1" in online["DESCRIPTION"]


def test_uids_stay_the_same_across_edits_and_differ_per_event(client, events):
    before, _, _ = read_calendar(client, UPCOMING)
    forum = events["forum"]
    forum.title = "Sample forum in Hangzhou, new title"
    forum.save_revision().publish()

    after, _, _ = read_calendar(client, UPCOMING)

    assert (
        after["Sample forum in Hangzhou, new title"]["UID"]
        == before["Sample forum in Hangzhou"]["UID"]
    )
    assert len({str(event["UID"]) for event in after.values()}) == 3


def test_calendar_of_one_kind(client, events):
    found, _, _ = read_calendar(client, f"{UPCOMING}?type=forum")
    assert set(found) == {"Sample forum in Hangzhou"}
    # An unknown kind is no filter at all, as on the feeds.
    found, _, _ = read_calendar(client, f"{UPCOMING}?type=nonsense&page=abc")
    assert len(found) == 3


def test_calendar_is_per_language(client, events):
    translate_page(events["forum"], "fr")

    found, calendar, _ = read_calendar(client, "/fr/calendar/events.ics")

    assert set(found) == {"Sample forum in Hangzhou (fr)"}
    english, _, _ = read_calendar(client, UPCOMING)
    assert (
        found["Sample forum in Hangzhou (fr)"]["UID"] != english["Sample forum in Hangzhou"]["UID"]
    )


def test_one_event_as_a_file_to_add(client, events, page_cache):
    forum = events["forum"]
    found, _, response = read_calendar(client, f"/en/calendar/events/{forum.pk}.ics")

    assert set(found) == {forum.title}
    assert response["Content-Disposition"] == f'attachment; filename="{forum.slug}.ics"'
    again = client.get(f"/en/calendar/events/{forum.pk}.ics", HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_event_files_exist_only_for_live_events_of_the_language(client, events):
    forum = events["forum"]
    french = translate_page(forum, "fr")
    assert client.get(f"/fr/calendar/events/{forum.pk}.ics").status_code == 404
    assert client.get(f"/fr/calendar/events/{french.pk}.ics").status_code == 200
    forum.unpublish()
    assert client.get(f"/en/calendar/events/{forum.pk}.ics").status_code == 404
    assert client.get("/en/calendar/events/999999.ics").status_code == 404


def test_event_page_links_to_its_file_and_the_index_to_the_calendar(client, site_tree, events):
    forum = events["forum"]
    html = client.get(forum.url).content.decode()
    assert f'href="/en/calendar/events/{forum.pk}.ics"' in html
    index = client.get(site_tree.event_index.url).content.decode()
    assert 'href="/en/calendar/events.ics"' in index
    assert 'type="text/calendar"' in index
