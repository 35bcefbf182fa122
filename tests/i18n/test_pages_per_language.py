"""Every kind of page in every language: lang, dir, translated navigation and words."""

import pytest
from django.utils import translation

from tests.conftest import fetch_site_tree, freeze, module_transaction, thaw
from tests.i18n.conftest import LANGUAGES, OTHER_LANGUAGES, RIGHT_TO_LEFT, build_translated_tree
from tests.i18n.html import path_of, soup, visible_text

pytestmark = pytest.mark.django_db

PAGES = ["home", "call", "case_index", "case", "event", "news"]

# Interface strings checked on each page. They come from this project's catalogue only:
# no installed package translates them. ("Skip to main content", the skip link, is also
# in Django's and Wagtail's catalogues, so it would pass without the project's one.)
EVERY_PAGE = ["Search the site"]
ON_PAGE = {
    "home": ["Latest news", "Featured cases"],
    "call": ["Evaluation criteria"],
    "case_index": ["Filter the cases"],
    "case": ["About this case"],
    "event": ["When and where"],
    "news": [],
}


@pytest.fixture(params=LANGUAGES, scope="module")
def language(request):
    return request.param


@pytest.fixture(scope="module")
def _tree_rows(language, _shared_site_tree, django_db_blocker):
    """The tree translated into ``language``, built once per module and language."""
    with module_transaction(django_db_blocker) as build:
        with build():
            rows = freeze(build_translated_tree(fetch_site_tree(_shared_site_tree), [language]))
        yield rows


@pytest.fixture
def tree(_tree_rows, db):
    return thaw(_tree_rows)


def test_each_page_answers_with_lang_and_direction(client, tree, language):
    pages = tree.pages[language]
    direction = "rtl" if language in RIGHT_TO_LEFT else "ltr"
    for name in PAGES:
        page = getattr(pages, name)
        assert page.locale.language_code == language
        assert path_of(page.url).startswith(f"/{language}/"), page.url

        doc = soup(client.get(page.url))

        assert doc.html["lang"] == language, name
        assert doc.html["dir"] == direction, name
        assert doc.h1 is not None
        assert page.title in doc.h1.get_text() or name == "home", name


def test_navigation_is_in_the_pages_language(client, tree, language):
    """Main menu: the sections' titles in this language, linking inside /<language>/."""
    pages = tree.pages[language]
    expected = {
        pages.call_index.title: pages.call_index.url,
        pages.case_index.title: pages.case_index.url,
        pages.event_index.title: pages.event_index.url,
        pages.news_index.title: pages.news_index.url,
    }
    for name in PAGES:
        doc = soup(client.get(getattr(pages, name).url))
        menu = doc.select_one("nav.main-nav")
        assert menu is not None, name
        links = {a.get_text(strip=True): path_of(a["href"]) for a in menu.find_all("a")}
        assert links == expected, name
        # The brand and the search form stay in this language too.
        assert path_of(doc.select_one("a.brand")["href"]) == f"/{language}/"
        assert path_of(doc.select_one("form.site-search")["action"]) == f"/{language}/search/"


@pytest.mark.parametrize("language", OTHER_LANGUAGES, indirect=True)
def test_interface_strings_come_from_the_languages_catalogue(client, tree, language):
    """The words of the templates are this language's (compiled locale/<lang>/django.mo).

    Fails while locale/<lang>/LC_MESSAGES/django.mo is missing or leaves the string
    untranslated (gettext then returns the English text).
    """
    pages = tree.pages[language]
    for name in PAGES:
        text = visible_text(soup(client.get(getattr(pages, name).url)))
        for english in [*EVERY_PAGE, *ON_PAGE[name]]:
            with translation.override(language):
                expected = translation.gettext(english)
            assert expected != english, (
                f"CATALOGUE: no {language} translation of {english!r} "
                f"(locale/{translation.to_locale(language)}/LC_MESSAGES/django.mo)"
            )
            assert expected in text, (name, english, expected)
            assert english not in text, (name, english)
