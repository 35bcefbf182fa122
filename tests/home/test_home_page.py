"""The home page: call status, featured cases, upcoming events and latest news."""

import datetime as dt

import pytest
import time_machine
from django.utils import timezone

from cases.models import CallStatus
from home.models import HomeFeaturedCase
from tests.factories import CasePageFactory, EventPageFactory, NewsPageFactory
from tests.utils import text_of

pytestmark = pytest.mark.django_db


def test_home_shows_the_featured_calls_status(client, site_tree):
    site_tree.home.featured_call = site_tree.call
    site_tree.home.save()

    with time_machine.travel(dt.datetime(2024, 5, 8, tzinfo=dt.UTC), tick=False):
        text = text_of(client.get("/en/"))

    assert site_tree.call.title in text
    assert str(CallStatus.OPEN.label) in text
    assert "Asia/Shanghai" in text


def test_home_falls_back_to_the_newest_edition(client, site_tree):
    text = text_of(client.get("/en/"))

    assert site_tree.call_2025.title in text
    assert site_tree.call.title not in text
    assert "not been announced" in text or "not announced" in text


def test_home_shows_picked_cases_in_order(client, site_tree):
    first, second, other = (
        CasePageFactory(parent=site_tree.case_index, edition=site_tree.call, title=title)
        for title in ["Picked first", "Picked second", "Recognised not picked"]
    )
    other.recognition = "exemplary"
    other.save()
    HomeFeaturedCase.objects.create(page=site_tree.home, case=second, sort_order=0)
    HomeFeaturedCase.objects.create(page=site_tree.home, case=first, sort_order=1)

    html = client.get("/en/").content.decode()

    assert html.index("Picked second") < html.index("Picked first")
    assert "Recognised not picked" not in html


def test_home_without_picks_shows_recognised_cases(client, site_tree):
    CasePageFactory(
        parent=site_tree.case_index,
        edition=site_tree.call,
        title="Exemplary scan",
        recognition="exemplary",
    )
    CasePageFactory(parent=site_tree.case_index, edition=site_tree.call, title="Ordinary case")
    CasePageFactory(
        parent=site_tree.case_index,
        edition=site_tree.call,
        title="Draft exemplary",
        recognition="exemplary",
        live=False,
    )

    text = text_of(client.get("/en/"))

    assert "Exemplary scan" in text
    assert "Ordinary case" not in text
    assert "Draft exemplary" not in text


def test_home_shows_upcoming_events_not_past_ones(client, site_tree):
    now = timezone.now()
    EventPageFactory(
        parent=site_tree.event_index, title="Forum next week", starts_at=now + dt.timedelta(days=7)
    )
    EventPageFactory(
        parent=site_tree.event_index,
        title="Exhibition running now",
        starts_at=now - dt.timedelta(days=2),
        ends_at=now + dt.timedelta(days=2),
    )
    EventPageFactory(
        parent=site_tree.event_index,
        title="Seminar last month",
        starts_at=now - dt.timedelta(days=30),
    )

    text = text_of(client.get("/en/"))

    assert "Forum next week" in text
    assert "Exhibition running now" in text
    assert "Seminar last month" not in text


def test_home_shows_the_latest_news(client, site_tree):
    today = timezone.localdate()
    for days, title in [
        (40, "Oldest story"),
        (1, "Yesterday story"),
        (3, "Story 3"),
        (2, "Story 2"),
    ]:
        NewsPageFactory(
            parent=site_tree.news_index, title=title, date=today - dt.timedelta(days=days)
        )

    html = client.get("/en/").content.decode()

    assert html.index("Yesterday story") < html.index("Story 2") < html.index("Story 3")
    assert "Oldest story" not in html
