"""Suggestions while typing: page titles in the active language, as JSON."""

import pytest

from tests.bad_input import assert_survives_bad_input
from tests.factories import CasePageFactory, StandardPageFactory

pytestmark = pytest.mark.django_db

SUGGEST = "/en/search/suggest/"


@pytest.fixture
def lanterns(site_tree, french_home):
    StandardPageFactory(parent=french_home, title="Lanterne de papier", locale=french_home.locale)
    StandardPageFactory(parent=site_tree.home, title="Lantern draft", live=False)
    for number in range(12):
        CasePageFactory(
            parent=site_tree.case_index, edition=site_tree.call, title=f"Lantern makers {number}"
        )


def suggestions(client, query, url=SUGGEST):
    response = client.get(url, {"query": query})
    assert response.status_code == 200
    return response.json()["suggestions"]


def test_suggests_live_pages_of_the_language_with_their_address(client, lanterns):
    found = suggestions(client, "lant")

    assert len(found) == 8, "at most eight suggestions"
    assert all(item["title"].startswith("Lantern makers") for item in found)
    assert all(item["url"].startswith("/en/cases/") for item in found)
    assert {item["type"] for item in found} == {"Case"}


def test_the_last_word_may_be_unfinished(client, lanterns):
    assert suggestions(client, "lantern mak")
    assert not suggestions(client, "lantern xyz")


def test_one_letter_is_not_enough(client, lanterns):
    assert suggestions(client, "l") == []
    assert suggestions(client, "  ") == []


def test_suggestions_are_not_indexed_and_may_be_cached(client, lanterns):
    response = client.get(SUGGEST, {"query": "lant"})

    assert "noindex" in response["X-Robots-Tag"]
    assert "max-age" in response["Cache-Control"]


def test_suggestions_survive_bad_input(client, lanterns):
    assert_survives_bad_input(client, SUGGEST, '"suggestions"')


def test_the_search_form_names_the_suggestions_address(client, site_tree):
    html = client.get("/fr/search/").content.decode()

    assert 'data-suggest-url="/fr/search/suggest/"' in html
    assert 'action="/fr/search/"' in html, "the form works without the script"
