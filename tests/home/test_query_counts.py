"""Query counts of the home page do not grow with the site's content."""

import datetime as dt
import itertools

import pytest
from django.utils import timezone

from home.models import HomeFeaturedCase
from tests.factories import CasePageFactory, EventPageFactory, ImageFactory, NewsPageFactory

pytestmark = pytest.mark.django_db

CEILING_HOME = 12


@pytest.fixture
def grow(site_tree):
    images = ImageFactory.create_batch(3)
    counter = itertools.count()
    now = timezone.now()

    def grow(n):
        for _ in range(n):
            i = next(counter)
            CasePageFactory(
                parent=site_tree.case_index,
                edition=site_tree.call,
                recognition="exemplary",
                hero_image=images[i % 3],
            )
            EventPageFactory(
                parent=site_tree.event_index,
                starts_at=now + dt.timedelta(days=i + 1),
                hero_image=images[i % 3],
            )
            NewsPageFactory(parent=site_tree.news_index, hero_image=images[i % 3])

    return grow


def test_home_page(site_tree, grow, assert_constant_queries):
    site_tree.home.featured_call = site_tree.call
    site_tree.home.save()
    grow(10)

    before, after = assert_constant_queries("/en/", lambda: grow(90), CEILING_HOME)

    assert b"Featured cases" in before.content


def test_home_page_with_editors_picks(site_tree, grow, assert_constant_queries):
    """One featured case or six (the admin's maximum) cost the same queries."""
    grow(10)
    cases = list(site_tree.case_index.get_children().specific())
    HomeFeaturedCase.objects.create(page=site_tree.home, case=cases[0], sort_order=0)

    def more_picks():
        for order, case in enumerate(cases[1:6], start=1):
            HomeFeaturedCase.objects.create(page=site_tree.home, case=case, sort_order=order)

    before, after = assert_constant_queries("/en/", more_picks, CEILING_HOME)

    assert after.content.count(b'class="card"') > before.content.count(b'class="card"')
