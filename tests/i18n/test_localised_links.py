"""Linked objects (synchronised to the English ones) are shown in the visitor's language.

The French case links the English direction, cultural domains and organisations. Their
French versions exist for the direction (a child of the translated call), the heritage
domain and the Dunhuang Academy; the music domain and the Palace Museum have none.
"""

import pytest
from django.utils import translation

from tests.conftest import shared_per_module
from tests.factories.translations import translate_page, translate_snippet
from tests.i18n.conftest import build_translated_tree
from tests.i18n.html import soup, visible_text

pytestmark = pytest.mark.django_db

DIRECTION_FR = "Percées technologiques et applications innovantes"


def rename_direction(direction):
    if direction.slug == "technology":
        direction.name = DIRECTION_FR


@shared_per_module
def tree(site_tree):
    tree = build_translated_tree(site_tree, ["zh-hans"])
    en = tree.en
    for name in ("home", "call_index"):
        translate_page(getattr(en, name), "fr")
    tree.fr_call = translate_page(en.call, "fr", children={"directions": rename_direction})
    tree.fr_library = translate_page(en.case_index, "fr", title="Cas")
    tree.fr_case = translate_page(en.case, "fr", title="Peintures murales de Dunhuang en ligne")
    translate_snippet(en.heritage, "fr", name="Patrimoine matériel")
    translate_snippet(en.academy, "fr", name="Académie de Dunhuang")
    # Spanish: the case only (its call, domains and organisations have no Spanish version).
    tree.es_case = translate_page(en.case, "es", title="Murales de Dunhuang en línea")
    return tree


def facts(doc):
    """{term: [values]} of the case's "About this case" list."""
    return {
        group.dt.get_text(strip=True): [dd.get_text(strip=True) for dd in group.find_all("dd")]
        for group in doc.select("dl.facts > div")
    }


def test_the_french_case_shows_french_names_where_they_exist(client, tree):
    doc = soup(client.get(tree.fr_case.url))
    text = visible_text(doc)

    # The case's synchronised links still point at the English objects.
    assert tree.fr_case.direction_id == tree.en.directions["technology"].pk
    assert set(tree.fr_case.cultural_domains.all()) == {tree.en.heritage, tree.en.music}
    values = [value for values in facts(doc).values() for value in values]
    assert DIRECTION_FR in values
    assert "Patrimoine matériel" in values
    assert "Music" in values
    assert "Tangible heritage" not in values
    assert tree.en.directions["technology"].name not in values
    organisations = [dd.get_text(strip=True) for dd in doc.select("dl.organisations dd")]
    assert sorted(organisations) == ["Académie de Dunhuang", "Palace Museum"]
    assert "Dunhuang Academy" not in text


def test_a_case_without_translated_links_shows_the_english_names(client, tree):
    doc = soup(client.get(tree.es_case.url))

    values = [value for values in facts(doc).values() for value in values]
    assert tree.en.directions["technology"].name in values
    assert "Tangible heritage" in values
    assert "Music" in values
    organisations = [dd.get_text(strip=True) for dd in doc.select("dl.organisations dd")]
    assert sorted(organisations) == ["Dunhuang Academy", "Palace Museum"]


def test_the_french_library_names_directions_and_domains_in_french(client, tree):
    doc = soup(client.get(tree.fr_library.url))

    def labels(param):
        return [o.get_text(strip=True) for o in doc.select(f"#filter-{param} option") if o["value"]]

    assert labels("direction") == [f"{DIRECTION_FR} (1)"]
    assert sorted(labels("domain")) == ["Music (1)", "Patrimoine matériel (1)"]
    # The case card names the direction in French too.
    card = doc.select_one("ul.cards .card__meta").get_text(" ", strip=True)
    assert DIRECTION_FR in card


@pytest.mark.parametrize(
    ("language", "china"), [("fr", "Chine"), ("zh-hans", "中国"), ("en", "China")]
)
def test_country_names_are_in_the_pages_language(client, tree, language, china):
    case = {"fr": tree.fr_case, "zh-hans": tree.pages["zh-hans"].case, "en": tree.en.case}[language]
    library = {"fr": tree.fr_library, "zh-hans": tree.pages["zh-hans"].case_index}.get(
        language, tree.en.case_index
    )

    assert facts(soup(client.get(case.url)))[place_label(language)] == [china]
    library_doc = soup(client.get(library.url))
    assert [
        o.get_text(strip=True) for o in library_doc.select("#filter-country option[value=CN]")
    ] == [f"{china} (1)"]
    assert china in library_doc.select_one("ul.cards .card__meta").get_text(" ", strip=True)


def place_label(language):
    with translation.override(language):
        return translation.gettext("Place")
