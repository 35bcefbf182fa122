"""cases.filters.CaseFilter on its own: combined filters, counts, bad values."""

import pytest
from django.http import QueryDict

from cases.filters import CaseFilter
from cases.models import CasePage

pytestmark = pytest.mark.django_db


def case_filter(site_tree, query):
    return CaseFilter(QueryDict(query), CasePage.objects.child_of(site_tree.case_index).live())


def titles(cases):
    return sorted(case.title for case in cases)


def counts(case_filter):
    """{param: {value: count}} of every facet's options."""
    return {
        facet.param: {option.value: option.count for option in options}
        for facet, options in case_filter.facets
    }


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["dunhuang", "opera", "beadwork", "kizil", "lao"]),
        ("edition=2024", ["dunhuang", "opera", "beadwork"]),
        ("edition=2024&technology=ai", ["dunhuang", "opera"]),
        ("edition=2024&technology=ai&country=FR", ["opera"]),
        ("direction=technology&sdg=4", ["dunhuang", "opera"]),
        ("domain=heritage&year=2025", ["kizil"]),
        ("country=cn", ["dunhuang", "opera", "kizil"]),
        ("sdg=4&edition=2025", ["lao"]),
        ("technology=big-data", ["lao"]),
        ("domain=music&technology=vr&sdg=11&year=2022&country=FR", ["opera"]),
    ],
)
def test_filters_combine(site_tree, library, query, expected):
    result = case_filter(site_tree, query).results()
    assert titles(result) == titles(getattr(library, name) for name in expected)


def test_each_facet_is_counted_under_the_other_filters(site_tree, library):
    facets = counts(case_filter(site_tree, "edition=2024&technology=ai"))

    # Editions are counted without the edition filter, under technology=ai.
    assert facets["edition"] == {"2024": 2, "2025": 1}
    # Technologies without the technology filter, under edition=2024 (the draft never counts).
    assert facets["technology"] == {"ai": 2, "vr": 2}
    # Every other facet under both filters: dunhuang and opera.
    assert facets["country"] == {"CN": 2, "FR": 1}
    assert facets["sdg"] == {"4": 2, "11": 1}
    assert facets["direction"] == {"technology": 2}
    assert facets["domain"] == {"heritage": 1, "music": 1}
    assert facets["year"] == {"2023": 1, "2022": 1}


def test_options_carry_labels_selection_and_shareable_urls(site_tree, library):
    f = case_filter(site_tree, "edition=2024&technology=ai")
    options = {facet.param: {o.value: o for o in opts} for facet, opts in f.facets}

    assert options["technology"]["ai"].selected
    assert not options["technology"]["vr"].selected
    assert options["sdg"]["4"].label == "4. Quality education"
    assert options["country"]["FR"].label == "France"
    # Choosing an option keeps the other filters; choosing the selected one removes it.
    assert options["country"]["FR"].url == "?edition=2024&technology=ai&country=FR"
    assert options["technology"]["ai"].url == "?edition=2024"
    assert options["technology"]["vr"].url == "?edition=2024&technology=vr"
    assert f.clear_url() == "?"
    assert f.is_active


def test_option_order(site_tree, library):
    f = case_filter(site_tree, "")
    order = {facet.param: [o.value for o in opts] for facet, opts in f.facets}
    assert order["edition"] == ["2025", "2024"]  # newest first
    assert order["year"] == ["2025", "2024", "2023", "2022"]
    assert order["sdg"] == ["4", "9", "11"]  # by number, not as text
    assert order["domain"] == ["music", "heritage"]  # by label: Music, Tangible heritage


@pytest.mark.parametrize(
    ("query", "ignored"),
    [
        ("year=abc", ["Year completed"]),
        ("year=20231", ["Year completed"]),
        ("country=ZZ", ["Country"]),
        ("country=CHN", ["Country"]),
        ("sdg=99", ["Sustainable Development Goal"]),
        ("sdg=0", ["Sustainable Development Goal"]),
        ("edition=-2024", ["Edition"]),
        ("direction=" + "a" * 5000, ["Direction"]),
        ("direction=not a slug!", ["Direction"]),
        ("technology=%3Cscript%3E", ["Technology"]),
        ("domain=%00", ["Cultural domain"]),
        (
            "year=abc&country=ZZ&sdg=99",
            ["Country", "Sustainable Development Goal", "Year completed"],
        ),
    ],
)
def test_malformed_values_are_ignored_and_reported(site_tree, library, query, ignored):
    f = case_filter(site_tree, query)

    assert sorted(str(label) for label in f.ignored) == sorted(ignored)
    assert f.selected == {}
    assert not f.is_active
    assert titles(f.results()) == titles(
        [library.dunhuang, library.opera, library.beadwork, library.kizil, library.lao]
    )


def test_a_malformed_value_does_not_drop_the_valid_ones(site_tree, library):
    f = case_filter(site_tree, "edition=2025&year=abc")
    assert [str(label) for label in f.ignored] == ["Year completed"]
    assert f.selected == {"edition": 2025}
    assert titles(f.results()) == titles([library.kizil, library.lao])


@pytest.mark.parametrize(
    "query",
    ["direction=no-such-direction", "year=1999", "country=JP", "sdg=17", "edition=2030"],
)
def test_well_formed_values_that_match_nothing_give_an_empty_result(site_tree, library, query):
    f = case_filter(site_tree, query)
    assert f.ignored == []
    assert f.is_active
    assert list(f.results()) == []
