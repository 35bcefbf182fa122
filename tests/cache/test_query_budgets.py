"""Every public page type within twelve queries when rendered afresh, and the same with
ten and with a thousand of each item (cases, events, news items).

As in production, the page cache is off here (a page answered afresh after a purge)
while what pages share is in the fragment cache. The items come from the benchmark's
own generator (bench/content.py), with the full taxonomy, organisations and links.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from bench.content import generate

pytestmark = pytest.mark.django_db

BUDGET = 12


def queries(client, url):
    assert client.get(url).status_code == 200, url  # warms renditions and fragments
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


def test_every_page_type_keeps_its_budget_from_ten_to_a_thousand_items(client, site_tree, settings):
    settings.FRAGMENT_CACHE_SECONDS = 3600
    generate(10, 10, 10, languages=["en"])
    library = site_tree.case_index.url
    urls = [
        site_tree.home.url,
        library,
        f"{library}?page=2",
        f"{library}?edition=2024&domain=heritage&technology=games",
        "/en/cases/generated-case-0/",
        site_tree.call.url,
        site_tree.event_index.url,
        "/en/events/generated-event-0/",
        site_tree.news_index.url,
        "/en/news/generated-news-0/",
        site_tree.about.url,
        "/en/feeds/cases/rss/",
        "/api/v1/cases/?lang=en",
        "/en/embed/cases/",
        "/en/sitemap.xml",
    ]
    small = {url: queries(client, url) for url in urls}
    over = {url: n for url, n in small.items() if n > BUDGET}
    assert not over, f"over {BUDGET} queries: {over}"

    generate(990, 990, 990, languages=["en"], first=10)
    # The new pages were added without publishing: nothing purged what they change.
    cache.clear()

    large = {url: queries(client, url) for url in urls}
    assert large == small
