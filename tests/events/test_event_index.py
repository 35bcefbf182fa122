"""The events index: upcoming events first, soonest first; past events apart, latest first."""

import datetime as dt

import pytest
from django.utils import timezone

from events.models import EventPage
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def test_upcoming_first_past_separately(client, site_tree):
    now = timezone.now()
    index = site_tree.event_index

    def event(title, days, hours=2):
        start = now + dt.timedelta(days=days)
        return EventPageFactory(
            parent=index, title=title, starts_at=start, ends_at=start + dt.timedelta(hours=hours)
        )

    event("Hackathon in three weeks", 21)
    event("Forum next week", 7)
    event("Exhibition open now", -3, hours=24 * 7)
    event("Seminar last year", -365)
    event("Briefing last month", -30)
    EventPageFactory(parent=index, title="Draft workshop", live=False)

    response = client.get(index.url)

    assert response.status_code == 200
    html = response.content.decode()
    order = [
        "Upcoming events",
        "Exhibition open now",
        "Forum next week",
        "Hackathon in three weeks",
        "Past events",
        "Briefing last month",
        "Seminar last year",
    ]
    positions = [html.index(text) for text in order]
    assert positions == sorted(positions), dict(zip(order, positions, strict=True))
    assert "Draft workshop" not in html
    assert [e.title for e in response.context["upcoming_events"]] == order[1:4]
    assert [e.title for e in response.context["past_events"]] == order[5:]


def test_event_knows_when_it_is_past(site_tree):
    now = timezone.now()
    past = EventPageFactory(parent=site_tree.event_index, starts_at=now - dt.timedelta(days=1))
    ongoing = EventPageFactory(
        parent=site_tree.event_index,
        starts_at=now - dt.timedelta(hours=1),
        ends_at=now + dt.timedelta(hours=1),
    )
    assert past.is_past
    assert not ongoing.is_past
    assert not EventPage.objects.get(pk=ongoing.pk).is_past


def test_no_upcoming_event_says_so(client, site_tree):
    EventPageFactory(
        parent=site_tree.event_index,
        title="Forum of the past",
        starts_at=timezone.now() - dt.timedelta(days=10),
    )
    html = client.get(site_tree.event_index.url).content.decode()
    assert "Forum of the past" in html
    assert "No upcoming event" in html
