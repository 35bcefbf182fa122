"""The events index answers every malformed address with a useful page, never a 500."""

import datetime as dt

import pytest
from django.utils import timezone

from tests.bad_input import assert_survives_bad_input
from tests.factories import EventPageFactory

pytestmark = pytest.mark.django_db


def test_events_index_survives_bad_input(client, site_tree):
    now = timezone.now()
    EventPageFactory(parent=site_tree.event_index, title="Forum ahead")
    for number in range(14):  # two pages of past events
        EventPageFactory(
            parent=site_tree.event_index,
            title=f"Past seminar {number}",
            starts_at=now - dt.timedelta(days=10 + number),
        )

    assert_survives_bad_input(client, site_tree.event_index.url, "Forum ahead")
