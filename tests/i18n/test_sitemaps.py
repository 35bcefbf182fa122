"""/sitemap.xml indexes one sitemap per language, each with its pages and their alternates."""

import xml.etree.ElementTree as ET

import pytest
from wagtail.models import Page

from tests.conftest import shared_per_module
from tests.factories.translations import alias_page, translate_page
from tests.i18n.conftest import LANGUAGES, OTHER_LANGUAGES, TRANSLATED, build_translated_tree
from tests.i18n.html import path_of

pytestmark = pytest.mark.django_db

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "xhtml": "http://www.w3.org/1999/xhtml",
}


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def sitemap_locations(client):
    root = parse(client.get("/sitemap.xml"))
    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    return [loc.text for loc in root.findall("sm:sitemap/sm:loc", NS)]


def urls_of(client, location):
    """{page path: {hreflang: path}} of one language's sitemap."""
    root = parse(client.get(path_of(location)))
    assert root.tag == f"{{{NS['sm']}}}urlset"
    urls = {}
    for url in root.findall("sm:url", NS):
        page_path = path_of(url.find("sm:loc", NS).text)
        assert page_path not in urls, f"{page_path} listed twice"
        urls[page_path] = {
            link.get("hreflang"): path_of(link.get("href"))
            for link in url.findall("xhtml:link", NS)
            if link.get("rel") == "alternate"
        }
    return urls


@shared_per_module
def tree(site_tree):
    """Every language, plus a French draft of the 2025 call and a Russian alias of "About"."""
    all_languages = build_translated_tree(site_tree, OTHER_LANGUAGES)
    translate_page(all_languages.en.call_2025, "fr", publish=False)
    alias_page(all_languages.en.about, "ru")
    return all_languages


def test_the_index_lists_the_six_language_sitemaps(client, tree):
    locations = sitemap_locations(client)

    assert [path_of(location) for location in locations] == [
        f"/{code}/sitemap.xml" for code in LANGUAGES
    ]
    assert all(location.startswith("http://testserver/") for location in locations)


def test_the_french_sitemap_lists_french_pages_with_their_alternates(client, tree):
    urls = urls_of(client, "/fr/sitemap.xml")

    expected = {path_of(getattr(tree.pages["fr"], name).url) for name in TRANSLATED}
    assert set(urls) == expected
    assert all(page_path.startswith("/fr/") for page_path in urls)
    for name in TRANSLATED:
        french = path_of(getattr(tree.pages["fr"], name).url)
        assert urls[french] == {
            **{code: path_of(getattr(tree.pages[code], name).url) for code in LANGUAGES},
            "x-default": path_of(getattr(tree.pages["en"], name).url),
        }, french


def test_drafts_and_aliases_are_left_out(client, tree):
    french = urls_of(client, "/fr/sitemap.xml")
    russian = urls_of(client, "/ru/sitemap.xml")
    english = urls_of(client, "/en/sitemap.xml")

    assert "/fr/calls/2025/" not in french
    assert "/ru/about/" not in russian
    # The English pages that exist in English only are listed, without alternates.
    assert english[path_of(tree.en.call_2025.url)] == {}
    assert english[path_of(tree.en.about.url)] == {}


def test_every_live_page_of_every_language_is_reachable_through_the_index(client, tree):
    found = {}
    for location in sitemap_locations(client):
        code = path_of(location).split("/")[1]
        for page_path in urls_of(client, location):
            assert page_path.startswith(f"/{code}/"), (location, page_path)
            found[page_path] = code

    live = Page.objects.live().public().filter(depth__gt=1, alias_of__isnull=True).specific()
    assert set(found) == {path_of(page.url) for page in live}
    assert set(found.values()) == set(LANGUAGES)
