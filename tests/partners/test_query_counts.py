"""The partner outputs spend the same queries at 10 and 100 items, rendered uncached."""

import datetime as dt

import pytest
from django.utils import timezone

from cases.models import CaseOrganisation
from events.models import EventPage, EventSpeaker
from tests.factories import (
    EventPageFactory,
    NewsPageFactory,
    OrganisationFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db

CEILING_FEED = 12
CEILING_CALENDAR = 8
CEILING_API_LIST = 12
CEILING_EMBED = 12


@pytest.fixture
def make_events(site_tree, numbered_pages):
    now = timezone.now()
    return lambda n: numbered_pages(
        EventPageFactory,
        n,
        parent=site_tree.event_index,
        starts_at=lambda i: now + dt.timedelta(days=i - 5),
    )


@pytest.fixture
def make_news(site_tree, numbered_pages):
    today = timezone.localdate()

    def make(n):
        news = numbered_pages(
            NewsPageFactory,
            n,
            parent=site_tree.news_index,
            date=lambda i: today - dt.timedelta(days=i),
        )
        for number, item in enumerate(news):
            item.tags.add(f"tag {number % 4}")
            item.save()

    return make


@pytest.mark.parametrize("fmt", ["rss", "atom", "json"])
@pytest.mark.parametrize(
    "url, maker",
    [
        ("/en/feeds/cases/{fmt}/", "make_cases"),
        ("/en/feeds/cases/{fmt}/?technology=ai&direction=technology", "make_cases"),
        ("/en/feeds/events/{fmt}/", "make_events"),
        ("/en/feeds/news/{fmt}/", "make_news"),
    ],
)
def test_feed(request, site_tree, url, maker, fmt, assert_constant_queries):
    make = request.getfixturevalue(maker)
    make(10)

    before, after = assert_constant_queries(url.format(fmt=fmt), lambda: make(90), CEILING_FEED)

    assert len(after.content) > len(before.content)


def test_upcoming_calendar(site_tree, make_events, assert_constant_queries):
    make_events(10)

    before, after = assert_constant_queries(
        "/en/calendar/events.ics", lambda: make_events(90), CEILING_CALENDAR
    )

    assert after.content.count(b"BEGIN:VEVENT") > before.content.count(b"BEGIN:VEVENT")


@pytest.mark.parametrize(
    "url, maker",
    [
        ("/api/v1/cases/?page_size=100", "make_cases"),
        ("/api/v1/cases/?technology=ai&sdg=4&lang=en", "make_cases"),
        ("/api/v1/events/?page_size=100", "make_events"),
        ("/api/v1/news/?page_size=100", "make_news"),
    ],
)
def test_api_list(request, site_tree, url, maker, assert_constant_queries):
    make = request.getfixturevalue(maker)
    make(10)

    before, after = assert_constant_queries(url, lambda: make(90), CEILING_API_LIST)

    assert after.json()["count"] > before.json()["count"]


@pytest.mark.parametrize(
    "url",
    [
        "/en/embed/cases/?count=24",
        "/en/embed/?technology=ai",
        "/api/v1/taxonomies/",
        "/api/v1/calls/",
    ],
)
def test_case_outputs(site_tree, make_cases, url, assert_constant_queries):
    make_cases(10)

    before, after = assert_constant_queries(url, lambda: make_cases(90), CEILING_EMBED)

    assert after.status_code == before.status_code == 200


def test_api_organisations(site_tree, assert_constant_queries):
    OrganisationFactory.create_batch(10)

    before, after = assert_constant_queries(
        "/api/v1/organisations/?page_size=100",
        lambda: OrganisationFactory.create_batch(90),
        CEILING_API_LIST,
    )

    assert (before.json()["count"], after.json()["count"]) == (10, 100)


def test_api_case_record(site_tree, make_cases, assert_constant_queries):
    (case,) = make_cases(1)

    def add_organisations(n):
        for organisation in OrganisationFactory.create_batch(n):
            CaseOrganisation.objects.create(page=case, organisation=organisation, role="partner")

    add_organisations(10)
    before, after = assert_constant_queries(
        f"/api/v1/cases/{case.pk}/", lambda: add_organisations(90), CEILING_API_LIST
    )

    assert len(after.json()["organisations"]) == 100 > len(before.json()["organisations"])


def test_api_event_record(site_tree, make_events, assert_constant_queries):
    make_events(1)
    event = EventPage.objects.get()

    def add_speakers(n):
        for person in PersonFactory.create_batch(n, affiliation=OrganisationFactory()):
            EventSpeaker.objects.create(page=event, person=person)

    add_speakers(10)
    before, after = assert_constant_queries(
        f"/api/v1/events/{event.pk}/", lambda: add_speakers(90), CEILING_API_LIST
    )

    assert len(after.json()["speakers"]) == 100 > len(before.json()["speakers"])
