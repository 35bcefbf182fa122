"""The language switcher: links to the languages the page exists in, the current one marked."""

import pytest
from django.utils.translation import get_language_info

from tests.conftest import shared_per_module
from tests.factories.translations import translate_page
from tests.i18n.conftest import build_translated_tree
from tests.i18n.html import path_of, soup, switcher

pytestmark = pytest.mark.django_db


@shared_per_module
def tree(site_tree):
    """Translated into French and Spanish; a Russian draft of the case."""
    tree = build_translated_tree(site_tree, ["fr", "es"])
    translate_page(tree.en.case, "ru", publish=False)
    return tree


def test_lists_only_the_languages_the_page_exists_in(client, tree):
    for code in ("en", "fr", "es"):
        case = tree.pages[code].case
        nav = switcher(soup(client.get(case.url)))
        assert nav is not None, case.url
        links = nav.find_all("a")
        assert [a["hreflang"] for a in links] == ["en", "fr", "es"]
        assert [path_of(a["href"]) for a in links] == [
            path_of(tree.pages[other].case.url) for other in ("en", "fr", "es")
        ]
        assert [a.get_text(strip=True) for a in links] == [
            get_language_info(other)["name_local"] for other in ("en", "fr", "es")
        ]


def test_is_made_of_links_with_lang_and_the_current_one_marked(client, tree):
    for code in ("en", "fr", "es"):
        nav = switcher(soup(client.get(tree.pages[code].case.url)))
        assert nav.find("form") is None
        assert nav.find("select") is None
        assert nav.find(attrs={"onchange": True}) is None
        assert nav.find("script") is None
        for link in nav.find_all("a"):
            assert link["lang"] == link["hreflang"]
            if link["hreflang"] == code:
                assert link.get("aria-current") == "page"
            else:
                assert not link.has_attr("aria-current")
        assert len(nav.find_all(attrs={"aria-current": True})) == 1


def test_a_page_in_one_language_has_no_switcher(client, tree):
    doc = soup(client.get(tree.en.call_2025.url))

    assert switcher(doc) is None


def test_the_french_link_of_a_case_leads_to_that_case_in_french(client, tree):
    english = tree.en.case
    nav = switcher(soup(client.get(english.url)))
    french_link = nav.find("a", hreflang="fr")

    response = client.get(french_link["href"])

    assert response.status_code == 200
    page = response.context["page"]
    assert page.pk == tree.pages["fr"].case.pk
    assert page.translation_key == english.translation_key
    assert page.locale.language_code == "fr"
    assert soup(response).h1.get_text(strip=True) == tree.pages["fr"].case.title
