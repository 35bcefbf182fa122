"""The news index answers every malformed address with a useful page, never a 500."""

import pytest

from tests.bad_input import assert_survives_bad_input
from tests.factories import NewsPageFactory

pytestmark = pytest.mark.django_db


def test_news_index_survives_bad_input(client, site_tree):
    for number in range(14):  # two pages
        NewsPageFactory(parent=site_tree.news_index, title=f"Story {number}")

    assert_survives_bad_input(client, site_tree.news_index.url, "Story")
