"""A call's status and deadline at frozen moments, across time zones.

The 2024 call closes at 12:00 noon Beijing time on 9 May 2024 (04:00 UTC); results
are announced from 16 May, a date in the organiser's zone (Asia/Shanghai, UTC+8).
"""

import datetime as dt
import re

import pytest
import time_machine
from wagtail.test.utils import WagtailTestUtils

from cases.models import CallStatus
from tests.factories import DEADLINE_2024
from tests.utils import text_of

pytestmark = pytest.mark.django_db

UTC = dt.UTC
SHANGHAI_OPENING = dt.datetime(2024, 2, 29, 16, 0, tzinfo=UTC)  # 1 March 00:00 in Beijing


def utc(*args):
    return dt.datetime(*args, tzinfo=UTC)


@pytest.fixture
def call(site_tree):
    call = site_tree.call
    call.opens_at = SHANGHAI_OPENING
    call.save()
    return call


@pytest.mark.parametrize(
    ("moment", "status"),
    [
        (utc(2024, 2, 29, 15, 59), CallStatus.UPCOMING),
        (utc(2024, 2, 29, 16, 0), CallStatus.OPEN),
        (utc(2024, 5, 9, 3, 59), CallStatus.OPEN),
        (utc(2024, 5, 9, 3, 59, 59), CallStatus.OPEN),
        (DEADLINE_2024, CallStatus.UNDER_REVIEW),
        (utc(2024, 5, 15, 12, 0), CallStatus.UNDER_REVIEW),
        # 23:59 on 15 May in Beijing, though already the 15th in UTC for hours.
        (utc(2024, 5, 15, 15, 59), CallStatus.UNDER_REVIEW),
        # 00:00 on 16 May in Beijing while still 15 May in UTC: results are out.
        (utc(2024, 5, 15, 16, 0), CallStatus.RESULTS_PUBLISHED),
        (utc(2024, 5, 20, 12, 0), CallStatus.RESULTS_PUBLISHED),
        (utc(2025, 1, 1), CallStatus.RESULTS_PUBLISHED),
    ],
)
def test_status_at_frozen_times(call, moment, status):
    assert call.status(now=moment) == status
    with time_machine.travel(moment, tick=False):
        assert call.status() == status
        assert call.current_status == status


def test_without_opening_the_call_is_open_until_the_deadline(site_tree):
    call = site_tree.call
    assert call.opens_at is None
    assert call.status(now=utc(2023, 1, 1)) == CallStatus.OPEN
    assert call.status(now=utc(2024, 5, 9, 3, 59)) == CallStatus.OPEN


def test_without_announcement_stage_results_follow_the_deadline(site_tree):
    call = site_tree.call
    call.stages.filter(kind="announcement").delete()
    call = type(call).objects.get(pk=call.pk)
    assert call.status(now=DEADLINE_2024) == CallStatus.RESULTS_PUBLISHED


def test_deadline_in_the_organisers_zone(site_tree):
    local = site_tree.call.deadline_local
    assert (local.date(), local.hour, local.minute) == (dt.date(2024, 5, 9), 12, 0)
    assert local.utcoffset() == dt.timedelta(hours=8)


def time_datetimes(response):
    soup = WagtailTestUtils.get_soup(response.content)
    return {tag["datetime"] for tag in soup.find_all("time") if tag.get("datetime")}


NOON = r"(12:00|12\.00|noon|12 p\.m\.)"
FOUR_AM = r"(04:00|4:00|4 a\.m\.)"


def test_open_call_shows_deadline_in_both_zones_and_time_left(client, call):
    with time_machine.travel(utc(2024, 5, 8, 2, 0), tick=False):
        response = client.get(call.url)

    assert response.status_code == 200
    text = text_of(response)
    assert str(CallStatus.OPEN.label) in text
    # The deadline in the organiser's zone, named, and in UTC.
    assert re.search(rf"May 9, 2024,? {NOON}\W*\(?Asia/Shanghai", text), text
    assert re.search(rf"{FOUR_AM}\s*UTC", text), text
    assert {"2024-05-09T12:00:00+08:00", "2024-05-09T04:00:00+00:00"} <= time_datetimes(response)
    # 26 hours before the deadline.
    assert "1 day, 2 hours" in text


def test_time_left_counts_down_without_javascript(client, call):
    with time_machine.travel(utc(2024, 5, 9, 2, 30), tick=False):
        text = text_of(client.get(call.url))
    assert "1 hour, 30 minutes" in text


def test_upcoming_call_shows_when_it_opens(client, call):
    with time_machine.travel(utc(2024, 2, 1), tick=False):
        response = client.get(call.url)
    text = text_of(response)
    assert str(CallStatus.UPCOMING.label) in text
    assert "2024-03-01T00:00:00+08:00" in time_datetimes(response)
    assert re.search(r"March 1, 2024", text)


@pytest.mark.parametrize(
    ("moment", "status"),
    [
        (DEADLINE_2024, CallStatus.UNDER_REVIEW),
        (utc(2024, 5, 15, 16, 0), CallStatus.RESULTS_PUBLISHED),
    ],
)
def test_closed_call_shows_its_status_and_no_time_left(client, call, moment, status):
    with time_machine.travel(moment, tick=False):
        text = text_of(client.get(call.url))
    assert str(status.label) in text
    assert str(CallStatus.OPEN.label) not in text
    assert "Time left" not in text
    # The deadline stays on the page for reference.
    assert re.search(rf"May 9, 2024,? {NOON}", text)


def test_call_without_deadline_shows_not_announced(client, site_tree):
    call = site_tree.call_2025
    assert call.closes_at is None
    assert call.opens_at is None
    with time_machine.travel(utc(2025, 6, 1), tick=False):
        text = text_of(client.get(call.url))
    assert "Status: Dates not announced" in text
    assert "The deadline has not been announced yet." in text
    assert str(CallStatus.UPCOMING.label) not in text
    assert str(CallStatus.OPEN.label) not in text
