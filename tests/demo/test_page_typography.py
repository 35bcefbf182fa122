"""The rendered sample pages follow French, Arabic and Chinese typography.

The rules of ``tests/test_typography.py`` run on every text node of the ``<main>``
element of the translated sample pages (the catalogues alone would miss text the
templates join together, and the dates Django formats: Arabic month names are paired
through ``locale/overrides``).
"""

from html.parser import HTMLParser

import pytest
from wagtail.models import Locale, Page

from tests.demo.conftest import VISITED as PAGES
from tests.test_typography import RULES, prose

LANGUAGES = {"fr": "fr", "ar": "ar", "zh-hans": "zh_Hans"}


class MainText(HTMLParser):
    """The text nodes inside <main>, outside cards marked as another language (pages
    shown in English where no translation exists).
    """

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = {"main": 0, "script": 0}
        self.articles = []  # for each open <article>: whether it is in another language
        self.nodes = []

    def handle_starttag(self, tag, attrs):
        if tag in self.depth:
            self.depth[tag] += 1
        if tag == "article":
            self.articles.append("lang" in dict(attrs))

    def handle_endtag(self, tag):
        if tag in self.depth:
            self.depth[tag] -= 1
        if tag == "article" and self.articles:
            self.articles.pop()

    def handle_data(self, data):
        inside = self.depth["main"] and not self.depth["script"]
        if inside and not any(self.articles) and data.strip():
            self.nodes.append(data)


@pytest.mark.parametrize("language", LANGUAGES)
def test_rendered_pages_follow_typography(demo, db, client, language):
    home = Page.objects.get(depth=2, locale=Locale.objects.get(language_code=language))
    rules = RULES[LANGUAGES[language]]
    problems = []
    for path in PAGES:
        response = client.get(f"{home.url}{path}")
        assert response.status_code == 200, path
        parser = MainText()
        parser.feed(response.content.decode())
        assert parser.nodes, path
        for node in parser.nodes:
            for pattern, problem in rules:
                if found := pattern.search(prose(node)):
                    problems.append(f"{home.url}{path}: {problem}: {found.group(0)!r} in {node!r}")
    assert not problems, "\n" + "\n".join(problems)
