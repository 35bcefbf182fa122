"""The plain search page: results in the active language, never indexed by robots."""

import pytest
from wagtail.test.utils import WagtailTestUtils

from tests.factories import CasePageFactory, StandardPageFactory
from tests.utils import text_of

pytestmark = pytest.mark.django_db

SEARCH = "/en/search/"


@pytest.fixture
def pages(site_tree, french_home):
    """A matching page in English, the same word in a French page, and an English draft."""
    english = CasePageFactory(
        parent=site_tree.case_index,
        edition=site_tree.call,
        title="Grotto murals in virtual reality",
        summary="Visitors walk through the grottoes with a headset.",
    )
    french_page = StandardPageFactory(
        parent=french_home,
        title="Grotto : les peintures murales",
        introduction="Les grottes en réalité virtuelle.",
        locale=french_home.locale,
    )
    draft = StandardPageFactory(parent=site_tree.home, title="Grotto draft", live=False)
    return english, french_page, draft


def test_results_in_the_active_language_only(client, pages):
    english, french_page, draft = pages

    response = client.get(SEARCH, {"query": "grotto"})

    assert response.status_code == 200
    results = list(response.context["results"])
    assert english.pk in [page.pk for page in results]
    assert french_page.pk not in [page.pk for page in results]
    assert draft.pk not in [page.pk for page in results]
    text = text_of(response)
    assert english.title in text
    assert french_page.title not in text
    assert draft.title not in text


def test_search_finds_words_of_the_summary(client, pages):
    response = client.get(SEARCH, {"query": "headset"})
    assert pages[0].title in text_of(response)


def test_search_results_are_not_indexed(client, pages):
    response = client.get(SEARCH, {"query": "grotto"})

    assert "noindex" in response["X-Robots-Tag"]
    soup = WagtailTestUtils.get_soup(response.content)
    robots = soup.find("meta", attrs={"name": "robots"})
    assert robots is not None and "noindex" in robots["content"]


def test_empty_search_shows_the_form(client, site_tree):
    response = client.get(SEARCH)

    assert response.status_code == 200
    assert "noindex" in response["X-Robots-Tag"]
    assert list(response.context["results"]) == []
    soup = WagtailTestUtils.get_soup(response.content)
    assert soup.find("input", attrs={"name": "query"}) is not None


def test_no_match_says_so(client, site_tree):
    response = client.get(SEARCH, {"query": "zyxwvut"})
    assert response.status_code == 200
    assert "0 results" in text_of(response)
