"""Pages linked from a page (synchronised to the English ones) are shown in its language.

An editor links the English news item to the English case and event, and picks a related
case on the English case, then translates everything into French: the French pages must
lead to the French versions, and the English pages must not list French pages.
"""

from types import SimpleNamespace

import pytest

from cases.models import CaseRelatedCase
from tests.conftest import shared_per_module
from tests.factories import CasePageFactory
from tests.factories.translations import translate_page
from tests.i18n.conftest import english_content, translate_tree
from tests.i18n.html import path_of, soup

pytestmark = pytest.mark.django_db


@shared_per_module
def tree(site_tree):
    en = english_content(site_tree)
    kizil = CasePageFactory(
        parent=en.case_index,
        title="Kizil grotto scans",
        slug="kizil",
        edition=en.call,
        countries=["CN"],
    )
    en.case.related_cases = [CaseRelatedCase(case=kizil)]
    en.case.save_revision().publish()
    en.news.related_cases = [en.case]
    en.news.related_events = [en.event]
    en.news.save_revision().publish()
    fr = translate_tree(en, "fr")
    fr_kizil = translate_page(kizil, "fr")
    return SimpleNamespace(en=en, fr=fr, kizil=kizil, fr_kizil=fr_kizil)


def section_links(doc, heading_id):
    section = doc.find("section", attrs={"aria-labelledby": heading_id})
    return [] if section is None else [path_of(a["href"]) for a in section.select("a[href]")]


def test_the_french_news_item_links_the_french_case_and_event(client, tree):
    doc = soup(client.get(tree.fr.news.url))

    assert {
        "cases": section_links(doc, "cases-heading"),
        "events": section_links(doc, "events-heading"),
    } == {"cases": ["/fr/cases/dunhuang/"], "events": ["/fr/events/forum/"]}


def test_the_french_case_shows_its_picked_related_case_in_french(client, tree):
    doc = soup(client.get(tree.fr.case.url))

    assert section_links(doc, "related-heading") == ["/fr/cases/kizil/"]


def test_a_case_lists_the_news_of_its_own_language(client, tree):
    english = soup(client.get(tree.en.case.url))
    french = soup(client.get(tree.fr.case.url))

    assert {
        "en": section_links(english, "mentions-heading"),
        "fr": section_links(french, "mentions-heading"),
    } == {"en": ["/en/news/opens/"], "fr": ["/fr/news/opens/"]}
