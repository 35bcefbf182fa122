"""News made through the Wagtail admin's add view, published and served."""

import datetime as dt

import pytest
from wagtail.test.utils.form_data import rich_text, streamfield

from news.models import NewsIndexPage, NewsPage
from tests.factories import EventPageFactory, PersonFactory
from tests.utils import admin_add_url, form_errors, page_form_data, text_of

pytestmark = pytest.mark.django_db


def test_news_index_page_created_and_served(admin_client, bare_home):
    data = page_form_data("News", "news", {"introduction": rich_text("<p>What is new.</p>")})

    response = admin_client.post(admin_add_url(NewsIndexPage, bare_home), data)

    assert response.status_code == 302, form_errors(response)
    index = NewsIndexPage.objects.get(slug="news")
    assert index.live
    served = admin_client.get(index.url)
    assert served.status_code == 200
    assert "What is new." in text_of(served)


def test_news_page_created_and_served(admin_client, site_tree):
    author = PersonFactory(name="Chen Jing")
    event = EventPageFactory(parent=site_tree.event_index, title="Forum on the Convention")
    data = page_form_data(
        "Twenty exemplary cases published",
        "twenty-cases",
        {
            "date": "2025-10-20",
            "kind": "coverage",
            "summary": "A forum marked the Convention's 20th anniversary.",
            "hero_image": "",
            "author": str(author.pk),
            "source_publication": "Beijing Daily",
            "original_url": "https://example.org/article",
            "body": streamfield([("text", rich_text("<p>About 150 representatives.</p>"))]),
            "tags": "forum, anniversary",
        },
        extra={"related_events": [str(event.pk)]},
    )

    response = admin_client.post(admin_add_url(NewsPage, site_tree.news_index), data)

    assert response.status_code == 302, form_errors(response)
    item = NewsPage.objects.get(slug="twenty-cases")
    assert item.live
    assert item.date == dt.date(2025, 10, 20)
    assert sorted(item.tags.names()) == ["anniversary", "forum"]
    assert list(item.related_events.all()) == [event]

    served = admin_client.get(item.url)
    assert served.status_code == 200
    text = text_of(served)
    for expected in [
        "Twenty exemplary cases published",
        "A forum marked the Convention's 20th anniversary.",
        "Beijing Daily",
        "About 150 representatives.",
        "Chen Jing",
        "Forum on the Convention",
    ]:
        assert expected in text, expected
