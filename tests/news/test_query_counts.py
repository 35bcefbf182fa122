"""Query counts of the news index and a news item do not grow with their items."""

import datetime as dt
import itertools

import pytest
from django.utils import timezone

from tests.factories import CasePageFactory, EventPageFactory, ImageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

CEILING_INDEX = 12
CEILING_ITEM = 12


def test_news_index(site_tree, numbered_pages, assert_constant_queries):
    today = timezone.localdate()

    def grow(n):
        numbered_pages(
            NewsPageFactory,
            n,
            parent=site_tree.news_index,
            date=lambda i: today - dt.timedelta(days=i),
        )

    grow(10)
    before, after = assert_constant_queries(
        site_tree.news_index.url, lambda: grow(90), CEILING_INDEX
    )

    assert after.context["news_items"].paginator.count == 100


def test_news_page(site_tree, assert_constant_queries):
    images = ImageFactory.create_batch(3)
    item = NewsPageFactory(parent=site_tree.news_index, hero_image=images[0])
    counter = itertools.count()

    def grow(n):
        events, cases = [], []
        for _ in range(n):
            i = next(counter)
            events.append(EventPageFactory(parent=site_tree.event_index, hero_image=images[i % 3]))
            cases.append(
                CasePageFactory(
                    parent=site_tree.case_index, edition=site_tree.call, hero_image=images[i % 3]
                )
            )
            item.tags.add(f"tag {i}")
        item.related_events.add(*events)
        item.related_cases.add(*cases)
        item.save()

    grow(10)
    before, after = assert_constant_queries(item.url, lambda: grow(90), CEILING_ITEM)

    assert after.content.count(b'class="card"') > before.content.count(b'class="card"')
