"""Search in six languages, on the database index and, when one runs, on OpenSearch.

The same table of queries runs against each backend: Chinese words and phrases
inside long sentences, Arabic with and without short vowels and hamza, English
and French words, prefixes for autocomplete, and no page from another language.
"""

import os

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale

from config.settings.search_backends import search_backends
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

PAGES = {
    "zh-hans": [
        (
            "silk",
            "数字丝路",
            "本案例利用数字技术保护丝绸之路沿线的石窟壁画，并让更多观众了解文化遗产。",
        ),
        ("dance", "社区舞蹈", "舞者通过动作捕捉记录传统舞蹈，帮助年轻人学习非物质文化遗产。"),
    ],
    "ar": [
        ("school", "مَدْرَسَةُ الفُنُونِ", "تستخدم المدرسة الواقع الافتراضي لتعليم الحرف التقليدية."),
        ("creativity", "الإبداع الرقمي", "مشروع يدعم الإبداع الثقافي للشباب في المدن."),
    ],
    "en": [
        ("weaving", "Weaving archive", "Weavers digitised thousands of patterns for the archive."),
        ("songs", "River songs", "A community records songs sung along the river."),
    ],
    "fr": [
        ("patrimoine", "Patrimoine vivant", "Les habitants numérisent le patrimoine du quartier.")
    ],
    "es": [("tejidos", "Tejidos andinos", "Una cooperativa documenta sus tejidos tradicionales.")],
    "ru": [("muzei", "Цифровой музей", "Музей оцифровал коллекцию народных ремёсел.")],
}

# (language, query, slugs expected among the results, slugs that must not be there)
QUERIES = [
    ("zh-hans", "数字", {"silk"}, {"dance"}),
    ("zh-hans", "文化遗产", {"silk", "dance"}, set()),
    ("zh-hans", "石窟壁画", {"silk"}, {"dance"}),
    ("zh-hans", "非物质文化遗产", {"dance"}, {"silk"}),
    ("ar", "مدرسة", {"school"}, {"creativity"}),
    ("ar", "مَدْرَسَة", {"school"}, {"creativity"}),
    ("ar", "الابداع", {"creativity"}, {"school"}),
    ("en", "weaving", {"weaving"}, {"songs"}),
    ("en", "songs river", {"songs"}, {"weaving"}),
    ("fr", "patrimoine", {"patrimoine"}, set()),
    ("es", "tejidos", {"tejidos"}, set()),
    ("ru", "музей", {"muzei"}, set()),
    # No cross-language leakage: the English word is only in English pages.
    ("fr", "weaving", set(), {"weaving"}),
]


def backends():
    names = ["database"]
    if os.environ.get("OPENSEARCH_URL"):
        names.append("opensearch")
    return names


@pytest.fixture(params=backends())
def search_site(request, site_tree):
    """Pages in every language, indexed by the backend under test."""
    if request.param == "opensearch":
        url = "opensearch://" + os.environ["OPENSEARCH_URL"].split("://", 1)[1]
        configured = search_backends(url, f"test_{os.getpid()}")
    else:
        configured = search_backends("", "")
    with override_settings(WAGTAILSEARCH_BACKENDS=configured):
        for code, pages in PAGES.items():
            locale = Locale.objects.get(language_code=code)
            home = site_tree.home
            if code != "en":
                home = site_tree.home.copy_for_translation(locale)
                home.save_revision().publish()
            for slug, title, introduction in pages:
                StandardPageFactory(
                    parent=home, slug=slug, title=title, introduction=introduction, locale=locale
                )
        call_command("update_index", backend_name="default", verbosity=0)
        yield request.param


@pytest.mark.parametrize(("language", "query", "expected", "excluded"), QUERIES)
def test_query_table(client, search_site, language, query, expected, excluded):
    response = client.get(f"/{language}/search/", {"query": query})

    assert response.status_code == 200
    assert "simpler search" not in response.content.decode(), "the engine did not answer"
    found = {page.slug for page in response.context["results"]}
    assert expected <= found, (search_site, query, found)
    assert not (excluded & found), (search_site, query, found)
