"""The case library page: combined filters, counts and shareable addresses."""

import re

import pytest
from wagtail.test.utils import WagtailTestUtils
from wagtail.test.utils.form_data import querydict_from_html

from tests.utils import text_of

pytestmark = pytest.mark.django_db

ALL = ["dunhuang", "opera", "beadwork", "kizil", "lao", "draft"]


def get_library(client, site_tree, query=""):
    response = client.get(
        f"{site_tree.case_index.url}?{query}" if query else site_tree.case_index.url
    )
    assert response.status_code == 200
    return response


def assert_lists(response, library, expected):
    """The expected cases are on the page and every other one is not."""
    html = response.content.decode()
    for name in ALL:
        title = getattr(library, name).title
        if name in expected:
            assert title in html, f"{title} should be listed"
        else:
            assert title not in html, f"{title} should not be listed"


def filter_form(response):
    """The filter form's values as a browser would submit them (empty choices dropped)."""
    soup = WagtailTestUtils.get_soup(response.content)
    form = soup.find("select", attrs={"name": "edition"}).find_parent("form")
    values = querydict_from_html(str(form))
    return {key: value for key, value in values.items() if value}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["dunhuang", "opera", "beadwork", "kizil", "lao"]),
        ("edition=2024", ["dunhuang", "opera", "beadwork"]),
        ("edition=2024&technology=ai", ["dunhuang", "opera"]),
        ("edition=2024&technology=ai&country=FR", ["opera"]),
        ("direction=technology&sdg=4", ["dunhuang", "opera"]),
        ("domain=heritage&year=2025", ["kizil"]),
    ],
)
def test_library_lists_the_cases_matching_all_filters(client, site_tree, library, query, expected):
    response = get_library(client, site_tree, query)

    assert_lists(response, library, expected)
    count = len(expected)
    assert re.search(rf"\b{count} cases?\b", text_of(response))


def test_library_shows_option_counts_under_the_other_filters(client, site_tree, library):
    text = text_of(get_library(client, site_tree, "edition=2024"))

    for label, count in [
        ("2024", 3),
        ("2025", 2),
        ("AI", 2),
        ("VR", 2),
        ("China", 2),
        ("France", 1),
        ("Kenya", 1),
        ("4. Quality education", 2),
        ("11. Sustainable cities and communities", 2),
        ("Technological breakthroughs and innovative applications", 2),
        ("Collaborative development of technology and culture", 1),
    ]:
        assert f"{label} ({count})" in text, f"{label} ({count}) missing"
    # Under edition=2024 no case uses big data, and the draft never counts.
    assert "Big data" not in text
    assert "AI (3)" not in text


def test_filter_form_round_trips_the_address(client, site_tree, library):
    query = {"edition": "2024", "technology": "ai", "country": "FR"}
    response = get_library(client, site_tree, "&".join(f"{k}={v}" for k, v in query.items()))

    submitted = filter_form(response)
    assert submitted == query
    again = client.get(site_tree.case_index.url, submitted)
    assert_lists(again, library, ["opera"])


def test_removing_one_filter_keeps_the_others(client, site_tree, library):
    response = get_library(client, site_tree, "edition=2024&technology=ai&country=FR")
    soup = WagtailTestUtils.get_soup(response.content)
    links = [a["href"] for a in soup.find_all("a", href=True) if a["href"].startswith("?")]

    # Each active filter has a link that removes it alone.
    assert "?edition=2024&technology=ai" in links
    assert "?edition=2024&country=FR" in links
    assert "?technology=ai&country=FR" in links
    followed = client.get(site_tree.case_index.url + "?edition=2024&technology=ai")
    assert_lists(followed, library, ["dunhuang", "opera"])
    # And the whole set can be cleared.
    assert "?" in links
    assert_lists(client.get(site_tree.case_index.url + "?"), library, ALL[:-1])


def test_empty_result_offers_a_way_back(client, site_tree, library):
    response = get_library(client, site_tree, "edition=2024&year=2025")

    assert_lists(response, library, [])
    assert re.search(r"\b0 cases\b", text_of(response))
    soup = WagtailTestUtils.get_soup(response.content)
    assert soup.find("a", href="?"), "no link clearing the filters"


def test_ignored_filter_is_reported_to_the_visitor(client, site_tree, library):
    response = get_library(client, site_tree, "year=abc&edition=2025")

    assert_lists(response, library, ["kizil", "lao"])
    # The notice names the ignored filter (its label alone also heads the year select).
    assert re.search(r"ignored[^.]*Year completed", text_of(response))
