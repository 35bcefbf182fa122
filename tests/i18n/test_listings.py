"""Listings, the home page and search show the active language's pages only."""

from urllib.parse import urljoin

import pytest

from home.models import HomeFeaturedCase
from tests.conftest import shared_per_module
from tests.factories.translations import translate_page
from tests.i18n.conftest import build_translated_tree
from tests.i18n.html import path_of, soup

pytestmark = pytest.mark.django_db


def card_titles(doc, selector="ul.cards"):
    return [a.get_text(strip=True) for a in doc.select(f"{selector} .card__title a")]


def card_paths(doc, selector="ul.cards"):
    return [path_of(a["href"]) for a in doc.select(f"{selector} .card__title a")]


def test_the_french_case_library_lists_french_cases_only(client, french):
    doc = soup(client.get(french.pages["fr"].case_index.url))

    assert card_titles(doc) == [french.pages["fr"].case.title]
    assert card_paths(doc) == ["/fr/cases/dunhuang/"]
    english = soup(client.get(french.en.case_index.url))
    assert sorted(card_titles(english)) == sorted(
        [french.en.case.title, french.en.english_only_case.title]
    )


def test_the_french_library_counts_french_cases_in_its_filters(client, french):
    doc = soup(client.get(french.pages["fr"].case_index.url))

    domain = {o["value"]: o.get_text(strip=True) for o in doc.select("#filter-domain option")}
    country = {o["value"]: o.get_text(strip=True) for o in doc.select("#filter-country option")}
    # The English-only case (heritage, Kenya) is not counted in French.
    assert domain["heritage"].endswith("(1)")
    assert "KE" not in country


def test_the_french_library_filters_stay_in_french(client, french):
    library = french.pages["fr"].case_index.url
    url = f"{library}?direction=technology&domain=heritage"

    doc = soup(client.get(url))

    assert card_titles(doc) == [french.pages["fr"].case.title]
    form = doc.select_one("form.filters")
    assert path_of(urljoin(f"http://testserver{url}", form["action"])) == "/fr/cases/"
    chips = doc.select("ul.active-filters a")
    assert len(chips) == 3  # two filters and "clear all"
    for link in [*form.find_all("a"), *chips]:
        target = path_of(urljoin(f"http://testserver{url}", link["href"]))
        assert target == "/fr/cases/", link
    # Following a chip keeps the French library.
    removed = client.get(urljoin(url, chips[0]["href"]))
    assert removed.context["page"].pk == french.pages["fr"].case_index.pk


def home_sections(doc):
    return {
        section["aria-labelledby"]: card_paths(doc, f"section[aria-labelledby='{label}']")
        for section in doc.select("section[aria-labelledby]")
        for label in [section["aria-labelledby"]]
    }


def test_the_french_home_shows_french_pages_only(client, french):
    doc = soup(client.get(french.pages["fr"].home.url))

    sections = home_sections(doc)
    assert sections["cases-heading"] == ["/fr/cases/dunhuang/"]
    assert sections["events-heading"] == ["/fr/events/forum/"]
    assert sections["news-heading"] == ["/fr/news/opens/"]
    call_links = [path_of(a["href"]) for a in doc.select("section.call-box a")]
    assert call_links and set(call_links) == {"/fr/calls/2024/"}


@shared_per_module
def picked(site_tree):
    """The editor picked the featured call and cases on the English home before translating."""
    tree = build_translated_tree(site_tree, [])
    home = tree.en.home
    home.featured_call = tree.en.call
    home.featured_cases = [HomeFeaturedCase(case=tree.en.case)]
    home.save_revision().publish()
    for name in ("home", "call_index", "call", "case_index", "case"):
        setattr(tree, f"fr_{name}", translate_page(getattr(tree.en, name), "fr"))
    return tree


def test_the_french_home_shows_the_french_version_of_picked_cases(client, picked):
    doc = soup(client.get(picked.fr_home.url))

    assert home_sections(doc)["cases-heading"] == ["/fr/cases/dunhuang/"]
    titles = [
        a.get_text(strip=True)
        for a in doc.select("section[aria-labelledby='cases-heading'] .card__title a")
    ]
    assert titles == [picked.fr_case.title]


def test_the_french_home_shows_the_french_version_of_the_picked_call(client, picked):
    doc = soup(client.get(picked.fr_home.url))

    call_links = {path_of(a["href"]) for a in doc.select("section.call-box a")}
    assert call_links == {"/fr/calls/2024/"}
    assert doc.select_one("#call-heading").get_text(strip=True) == picked.fr_call.title


def search_results(client, language, query):
    response = client.get(f"/{language}/search/", {"query": query})
    return [path_of(a["href"]) for a in soup(response).select("ol.search-results h3 a")]


def test_french_search_finds_french_pages_only(client, french):
    french_results = search_results(client, "fr", "Dunhuang")
    english_results = search_results(client, "en", "Dunhuang")

    assert french_results == ["/fr/cases/dunhuang/"]
    assert english_results == ["/en/cases/dunhuang/"]
    assert search_results(client, "fr", "Monolingual") == []
    assert set(search_results(client, "en", "Monolingual")) == {
        "/en/cases/english-only/",
        "/en/news/english-only/",
    }
