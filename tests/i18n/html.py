"""Reading the parts of a page that languages change (Beautiful Soup ships with Wagtail)."""

from urllib.parse import urlsplit

from bs4 import BeautifulSoup


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def path_of(url):
    """``/fr/cases/`` from ``http://testserver/fr/cases/`` (and from ``/fr/cases/``)."""
    return urlsplit(url).path


def alternates(doc):
    """[(hreflang, path)] of the page's ``<link rel="alternate" hreflang>`` elements."""
    return [
        (link["hreflang"], path_of(link["href"]))
        for link in doc.find_all("link", hreflang=True)
        if "alternate" in link.get("rel", [])
    ]


def switcher(doc):
    """The language switcher's ``<nav>``, or None."""
    return doc.select_one("nav.language-switcher")


def robots(doc):
    return [meta.get("content") for meta in doc.find_all("meta", attrs={"name": "robots"})]


def visible_text(doc):
    return " ".join(doc.get_text(" ").split())
