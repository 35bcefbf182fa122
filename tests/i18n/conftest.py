"""A site tree with content, translated the way editors translate it.

``translated_tree(languages)`` adds to ``site_tree`` (English)::

    HomePage
      ├── Calls → "Call for cases 2024"  (directions "technology", "collaboration")
      ├── Cases → "Dunhuang murals online" (exemplary; technology direction; domains
      │           heritage + music; CN; organisations Dunhuang Academy + Palace Museum;
      │           key figure 1500 visitors)
      │         → "Monolingual beadwork case" (never translated)
      ├── Events → "Forum on digital culture"  (next week)
      └── News → "Call for cases opens"        (9 May 2024)
               → "Monolingual bulletin"      (never translated)

and translates home, the indexes, the 2024 call, the Dunhuang case, the event and the
news item into each of ``languages`` (titles ``"<English title> (<code>)"``), top down
so that every translation is a real page and not an alias. "Call for cases 2025" and
"About the call" stay English only.
"""

import datetime as dt
from decimal import Decimal
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.utils import timezone

from cases.models import CaseKeyFigure, CaseOrganisation
from tests.conftest import shared_per_module
from tests.factories import (
    CasePageFactory,
    CulturalDomainFactory,
    EventPageFactory,
    NewsPageFactory,
    OrganisationFactory,
)
from tests.factories.translations import translate_page

LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != settings.LANGUAGE_CODE]
RIGHT_TO_LEFT = {"ar"}

# Translated in every language, parents before children.
TRANSLATED = [
    "home",
    "call_index",
    "call",
    "case_index",
    "case",
    "event_index",
    "event",
    "news_index",
    "news",
]

NEWS_DATE = dt.date(2024, 5, 9)


def english_content(site_tree):
    tree = site_tree
    for index in (tree.call_index, tree.case_index, tree.event_index, tree.news_index):
        index.show_in_menus = True
        index.save()
    directions = {d.slug: d for d in tree.call.directions.all()}
    heritage = CulturalDomainFactory(name="Tangible heritage", slug="heritage")
    music = CulturalDomainFactory(name="Music", slug="music")
    academy = OrganisationFactory(name="Dunhuang Academy")
    museum = OrganisationFactory(name="Palace Museum")
    case = CasePageFactory(
        parent=tree.case_index,
        title="Dunhuang murals online",
        slug="dunhuang",
        edition=tree.call,
        direction=directions["technology"],
        cultural_domains=[heritage, music],
        countries=["CN"],
        recognition="exemplary",
        organisations=[
            CaseOrganisation(organisation=academy, role="applicant"),
            CaseOrganisation(organisation=museum, role="partner"),
        ],
        key_figures=[CaseKeyFigure(label="Visitors", value=Decimal("1500"), unit="")],
    )
    english_only_case = CasePageFactory(
        parent=tree.case_index,
        title="Monolingual beadwork case",
        slug="english-only",
        edition=tree.call,
        direction=directions["collaboration"],
        cultural_domains=[heritage],
        countries=["KE"],
        recognition="selected",
    )
    event = EventPageFactory(
        parent=tree.event_index,
        title="Forum on digital culture",
        slug="forum",
        starts_at=timezone.now() + dt.timedelta(days=7),
    )
    news = NewsPageFactory(
        parent=tree.news_index, title="Call for cases opens", slug="opens", date=NEWS_DATE
    )
    english_only_news = NewsPageFactory(
        parent=tree.news_index,
        title="Monolingual bulletin",
        slug="english-only",
        date=NEWS_DATE + dt.timedelta(days=1),
    )
    return SimpleNamespace(
        **vars(tree),
        directions=directions,
        heritage=heritage,
        music=music,
        academy=academy,
        museum=museum,
        case=case,
        english_only_case=english_only_case,
        event=event,
        news=news,
        english_only_news=english_only_news,
    )


def translate_tree(english, code):
    pages = SimpleNamespace()
    for name in TRANSLATED:
        setattr(pages, name, translate_page(getattr(english, name), code))
    return pages


def build_translated_tree(site_tree, languages):
    english = english_content(site_tree)
    pages = {
        settings.LANGUAGE_CODE: SimpleNamespace(**{n: getattr(english, n) for n in TRANSLATED})
    }
    for code in languages:
        if code != settings.LANGUAGE_CODE:
            pages[code] = translate_tree(english, code)
    return SimpleNamespace(en=english, pages=pages)


@pytest.fixture
def translated_tree(site_tree):
    """``translated_tree(languages)`` builds the tree translated into ``languages``."""
    return lambda languages=OTHER_LANGUAGES: build_translated_tree(site_tree, languages)


@shared_per_module
def all_languages(site_tree):
    """The tree translated into the five other languages (built once per module)."""
    return build_translated_tree(site_tree, OTHER_LANGUAGES)


@shared_per_module
def french(site_tree):
    """The tree translated into French only (built once per module)."""
    return build_translated_tree(site_tree, ["fr"])
