"""hreflang alternates: complete, symmetric, x-default English, no drafts, no aliases."""

from collections import Counter

import pytest

from tests.conftest import shared_per_module
from tests.factories.translations import alias_page, translate_page
from tests.i18n.conftest import LANGUAGES, TRANSLATED, build_translated_tree
from tests.i18n.html import alternates, path_of, robots, soup

pytestmark = pytest.mark.django_db


def test_every_translated_page_lists_all_its_translations_and_x_default(client, all_languages):
    listed = {}
    for code in LANGUAGES:
        for name in TRANSLATED:
            page = getattr(all_languages.pages[code], name)
            links = alternates(soup(client.get(page.url)))
            hreflangs = Counter(hreflang for hreflang, _path in links)
            assert all(n == 1 for n in hreflangs.values()), (page.url, links)
            expected = {
                other: path_of(getattr(all_languages.pages[other], name).url) for other in LANGUAGES
            }
            expected["x-default"] = path_of(getattr(all_languages.pages["en"], name).url)
            assert dict(links) == expected, page.url
            listed[path_of(page.url)] = {
                path for hreflang, path in links if hreflang != "x-default"
            }

    # Symmetric: A lists B iff B lists A (and every page lists itself).
    for page_path, others in listed.items():
        assert page_path in others
        for other in others:
            assert page_path in listed[other], (page_path, other)


@shared_per_module
def mixed(site_tree):
    """The case live in en and fr, a draft in es, an alias in ru."""
    french = build_translated_tree(site_tree, ["fr"])
    english = french.en.case
    draft = translate_page(english, "es", publish=False)
    alias = alias_page(english, "ru")
    return english, french.pages["fr"].case, draft, alias


def test_drafts_and_aliases_are_not_alternates(client, mixed):
    english, french, draft, alias = mixed
    assert not draft.live
    assert alias.live and alias.alias_of_id == english.pk

    for page in (english, french):
        links = dict(alternates(soup(client.get(page.url))))
        assert links == {
            "en": path_of(english.url),
            "fr": path_of(french.url),
            "x-default": path_of(english.url),
        }, page.url
        assert "es" not in links
        assert "ru" not in links


def test_an_alias_is_not_indexed(client, mixed):
    english, french, _draft, alias = mixed

    alias_doc = soup(client.get(alias.url))

    assert path_of(alias.url).startswith("/ru/")
    assert "noindex" in robots(alias_doc)
    for page in (english, french):
        assert "noindex" not in robots(soup(client.get(page.url)))


def test_an_unpublished_translation_is_not_served(client, mixed):
    _english, _french, draft, _alias = mixed

    assert path_of(draft.url) == "/es/cases/dunhuang/"
    assert client.get(draft.url).status_code == 404
