"""Query counts of the events index and an event do not grow with their items."""

import datetime as dt
import itertools

import pytest
from django.utils import timezone

from events.models import EventAgendaItem, EventOrganisation, EventSpeaker
from tests.factories import (
    CasePageFactory,
    EventPageFactory,
    ImageFactory,
    NewsPageFactory,
    OrganisationFactory,
    PersonFactory,
)

pytestmark = pytest.mark.django_db

CEILING_INDEX = 12
CEILING_EVENT = 12


def test_events_index(site_tree, numbered_pages, assert_constant_queries):
    now = timezone.now()

    def grow(n):
        numbered_pages(
            EventPageFactory,
            n,
            parent=site_tree.event_index,
            # Half upcoming, half past.
            starts_at=lambda i: now + dt.timedelta(days=(i + 1) * (1 if i % 2 else -1)),
        )

    grow(10)
    before, after = assert_constant_queries(
        site_tree.event_index.url, lambda: grow(90), CEILING_INDEX
    )

    assert len(after.context["upcoming_events"]) > len(before.context["upcoming_events"])


def test_event_page(site_tree, assert_constant_queries):
    images = ImageFactory.create_batch(3)
    event = EventPageFactory(parent=site_tree.event_index, hero_image=images[0])
    counter = itertools.count()

    def grow(n):
        for _ in range(n):
            i = next(counter)
            person = PersonFactory(affiliation=OrganisationFactory())
            EventSpeaker.objects.create(page=event, person=person, talk_title=f"Talk {i}")
            EventAgendaItem.objects.create(page=event, title=f"Session {i}", speakers=person.name)
            EventOrganisation.objects.create(
                page=event, organisation=OrganisationFactory(), role="co_organiser"
            )
            CasePageFactory(
                parent=site_tree.case_index, edition=site_tree.call, hero_image=images[i % 3]
            )
            NewsPageFactory(
                parent=site_tree.news_index, related_events=[event], hero_image=images[i % 3]
            )
        event.related_cases.set(site_tree.case_index.get_children().specific())
        event.save()

    grow(10)
    before, after = assert_constant_queries(event.url, lambda: grow(90), CEILING_EVENT)

    assert b"Talk 99" in after.content and b"Talk 99" not in before.content
