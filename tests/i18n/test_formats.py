"""Dates and numbers are written the way each language writes them.

News dates use ``|date:"DATE_FORMAT"`` and key figures the ``number`` filter
(``floatformat`` with ``g``: the active locale's grouping and decimal separator).
"""

from decimal import Decimal

import pytest

from cases.models import CaseKeyFigure
from tests.conftest import shared_per_module
from tests.factories.translations import translate_page
from tests.i18n.conftest import build_translated_tree
from tests.i18n.html import soup

pytestmark = pytest.mark.django_db

NBSP = "\xa0"

# 9 May 2024 in each language (Django's locale formats).
NEWS_DATES = {
    "en": "May 9, 2024",
    "fr": "9 mai 2024",
    "es": "9 de mayo de 2024",
    "ru": "9 мая 2024 г.",
    "zh-hans": "2024年5月9日",
    "ar": "9 أيار/مايو، 2024",  # paired as in UN Arabic (locale/overrides)
}

# 1500 visitors and a budget of 12,500.50 in each language.
FIGURES = {
    "en": ("1,500", "12,500.5"),
    "fr": (f"1{NBSP}500", f"12{NBSP}500,5"),
    "es": (f"1{NBSP}500", f"12{NBSP}500,5"),
    "ru": (f"1{NBSP}500", f"12{NBSP}500,5"),
    "zh-hans": ("1500", "12500.5"),
    "ar": ("1500", "12500,5"),
}


@shared_per_module
def tree(site_tree):
    tree = build_translated_tree(site_tree, ["fr", "es", "ru", "zh-hans", "ar"])
    return tree


def news_date(doc):
    time = doc.select_one("header.page-header time")
    return time["datetime"], time.get_text(strip=True)


@pytest.mark.parametrize("language", list(NEWS_DATES))
def test_a_news_date_is_written_in_the_pages_language(client, tree, language):
    news = tree.pages[language].news

    doc = soup(client.get(news.url))

    assert news_date(doc) == ("2024-05-09", NEWS_DATES[language])


def test_news_cards_write_the_date_in_the_pages_language(client, tree):
    for language in ("en", "fr"):
        doc = soup(client.get(tree.pages[language].news_index.url))
        dates = [time.get_text(strip=True) for time in doc.select(".card__meta time")]
        assert NEWS_DATES[language] in dates, language


def add_budget(case):
    """The editor adds a budget figure on the English case, republishes and re-translates."""
    figures = list(case.key_figures.all())
    figures.append(CaseKeyFigure(label="Budget", value=Decimal("12500.50"), unit="USD"))
    case.key_figures = figures
    case.save_revision().publish()


@shared_per_module
def figures(site_tree):
    tree = build_translated_tree(site_tree, [])
    add_budget(tree.en.case)
    pages = {"en": tree.en.case}
    for language in ("fr", "es", "ru", "zh-hans", "ar"):
        pages[language] = translate_page(tree.en.case, language)
    return pages


@pytest.mark.parametrize("language", list(FIGURES))
def test_key_figures_use_the_languages_grouping_and_decimal_mark(client, figures, language):
    doc = soup(client.get(figures[language].url))

    values = {
        item.dt.get_text(strip=True): item.dd.find(string=True, recursive=False).strip()
        for item in doc.select("dl.figures .figures__item")
    }
    visitors, budget = FIGURES[language]
    assert values == {"Visitors": visitors, "Budget": budget}
