"""Facets of the search page: result types, and the case filters over matched cases."""

import pytest
from wagtail.models import Page

from tests.factories import CasePageFactory, EventPageFactory, NewsPageFactory
from tests.utils import text_of

pytestmark = pytest.mark.django_db

SEARCH = "/en/search/"


@pytest.fixture
def matches(site_tree, directions):
    """Three "lantern" cases over two editions, directions, technologies and countries,
    a "lantern" event and news item, and a case without the word."""
    technology, collaboration = directions
    heritage = site_tree.call_2025.directions.get(slug="heritage")
    cases = {
        "vr": CasePageFactory(
            parent=site_tree.case_index,
            edition=site_tree.call,
            direction=technology,
            title="Lantern festival in virtual reality",
            technologies=["Virtual reality"],
            countries=["CN", "FR"],
        ),
        "ai": CasePageFactory(
            parent=site_tree.case_index,
            edition=site_tree.call,
            direction=collaboration,
            title="Lantern makers and machine learning",
            technologies=["Artificial intelligence"],
            countries=["KE"],
        ),
        "archive": CasePageFactory(
            parent=site_tree.case_index,
            edition=site_tree.call_2025,
            direction=heritage,
            title="Lantern archive",
            technologies=["Virtual reality"],
            countries=["FR"],
        ),
    }
    CasePageFactory(parent=site_tree.case_index, edition=site_tree.call, title="River songs")
    EventPageFactory(parent=site_tree.event_index, title="Lantern workshop")
    NewsPageFactory(parent=site_tree.news_index, title="Lantern cases announced")
    return cases


def found(response):
    return {page.title for page in response.context["results"]}


def options(response, param):
    """{value: count} of one case facet on the page."""
    for facet, choices in response.context["filter"].facets:
        if facet.param == param:
            return {option.value: option.count for option in choices}
    raise AssertionError(f"no facet {param}")


def test_type_facets_count_each_kind_of_result(client, matches):
    response = client.get(SEARCH, {"query": "lantern"})

    counts = {facet["key"]: facet["count"] for facet in response.context["facets"]}
    assert counts == {"case": 3, "event": 1, "news": 1}
    assert "Cases (3)" in text_of(response)

    events = client.get(SEARCH, {"query": "lantern", "type": "event"})
    assert found(events) == {"Lantern workshop"}


def test_case_facets_count_the_matched_cases(client, matches, site_tree, directions):
    response = client.get(SEARCH, {"query": "lantern"})

    assert options(response, "edition") == {"2024": 2, "2025": 1}
    assert options(response, "direction") == {"technology": 1, "collaboration": 1, "heritage": 1}
    assert options(response, "technology") == {"virtual-reality": 2, "artificial-intelligence": 1}
    assert options(response, "country") == {"CN": 1, "FR": 2, "KE": 1}


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"direction": "technology"}, {"Lantern festival in virtual reality"}),
        (
            {"technology": "virtual-reality"},
            {"Lantern festival in virtual reality", "Lantern archive"},
        ),
        ({"country": "fr", "edition": "2025"}, {"Lantern archive"}),
        (
            {"edition": "2024"},
            {"Lantern festival in virtual reality", "Lantern makers and machine learning"},
        ),
    ],
)
def test_case_filters_narrow_the_results_to_cases(client, matches, params, expected):
    response = client.get(SEARCH, {"query": "lantern", **params})

    assert response.status_code == 200
    assert found(response) == expected
    assert response.context["kind"] == "case"


def test_filter_links_keep_the_query(client, matches):
    response = client.get(SEARCH, {"query": "lantern", "country": "KE"})

    filter_ = response.context["filter"]
    france = next(
        option
        for facet, choices in filter_.facets
        if facet.param == "country"
        for option in choices
        if option.value == "FR"
    )
    assert "query=lantern" in france.url and "type=case" in france.url
    assert "query=lantern" in filter_.clear_url()
    assert found(client.get(SEARCH + france.url)) == {
        "Lantern festival in virtual reality",
        "Lantern archive",
    }


@pytest.mark.parametrize(
    "params",
    [
        {"edition": "abc"},
        {"country": "ZZ"},
        {"direction": "x" * 5000},
        {"type": "nonsense"},
        {"colour": "blue"},
        {"page": "abc"},
        {"page": "99999"},
    ],
)
def test_bad_filters_are_ignored_with_a_notice(client, matches, params):
    response = client.get(SEARCH, {"query": "lantern", **params})

    assert response.status_code == 200
    assert len(found(response)) == 5
    if set(params) & {"edition", "country", "direction"}:
        assert "was ignored" in text_of(response)


def test_results_mark_the_words_and_their_other_forms(client, matches):
    response = client.get(SEARCH, {"query": "lanterns"})

    assert found(response) >= {"Lantern archive"}
    assert "<mark>Lantern</mark> archive" in response.content.decode()


def test_highlighting_escapes_the_page_text(client, site_tree):
    page = Page.objects.get(pk=site_tree.about.pk).specific
    page.title = "Lantern <b>& friends"
    page.save_revision().publish()

    html = client.get(SEARCH, {"query": "lantern"}).content.decode()

    assert "<mark>Lantern</mark> &lt;b&gt;&amp; friends" in html


def test_query_count_does_not_grow_with_the_matches(
    site_tree, directions, matches, assert_constant_queries
):
    def grow():
        for number in range(90):
            CasePageFactory(
                parent=site_tree.case_index,
                edition=site_tree.call,
                direction=directions[number % 2],
                title=f"Lantern study {number}",
                technologies=[f"Tool {number % 7}"],
                countries=["CN", "FR", "KE"][: 1 + number % 3],
            )

    # Cases only: each kind of page on the results page costs one query of its own.
    url = "/en/search/?query=lantern&type=case"
    before, after = assert_constant_queries(url, grow, ceiling=30)
    assert after.context["results"].paginator.count > before.context["results"].paginator.count
