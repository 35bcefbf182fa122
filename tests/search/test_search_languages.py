"""Search in six languages, on the database index and, when one runs, on OpenSearch.

The same tables run against each backend: Chinese words and phrases inside long
sentences, Arabic with and without short vowels and hamza, other forms of the same
English, French, Spanish and Russian words (stems), prefixes for autocompletion,
and no page from another language.
"""

import pytest
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale

from tests.conftest import fetch_site_tree, module_transaction
from tests.factories import StandardPageFactory
from tests.search.conftest import backend_names, configured_backends

pytestmark = pytest.mark.django_db

PAGES = {
    "zh-hans": [
        (
            "silk",
            "数字丝路",
            "本案例利用数字技术保护丝绸之路沿线的石窟壁画，并让更多观众了解文化遗产。",
        ),
        ("dance", "社区舞蹈", "舞者通过动作捕捉记录传统舞蹈，帮助年轻人学习非物质文化遗产。"),
        # Holds 数 and 字, but never the word 数字.
        ("calligraphy", "书法字画", "数百名书法家在展览中展示他们的字画。"),
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
    ("zh-hans", "数字", {"silk"}, {"dance", "calligraphy"}),
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
    # Other forms of a word find it (Snowball stems on both sides).
    ("en", "weave archives", {"weaving"}, {"songs"}),
    ("en", "song", {"songs"}, {"weaving"}),
    ("en", "digitising patterns", {"weaving"}, {"songs"}),
    ("fr", "patrimoines habitant", {"patrimoine"}, set()),
    ("es", "tejido tradicional", {"tejidos"}, set()),
    ("ru", "цифровые коллекции", {"muzei"}, set()),
    ("ru", "ремесел", {"muzei"}, set()),
    # No cross-language leakage: the English word is only in English pages.
    ("fr", "weaving", set(), {"weaving"}),
]


@pytest.fixture(scope="module", params=backend_names())
def search_backend(request):
    """The conftest's backend under test, for the whole module: its pages are indexed once."""
    with override_settings(WAGTAILSEARCH_BACKENDS=configured_backends(request.param)):
        yield request.param


@pytest.fixture(scope="module")
def _search_pages(search_backend, _shared_site_tree, django_db_blocker):
    """Pages in every language, indexed by the backend under test, once per module."""
    with module_transaction(django_db_blocker) as build:
        with build():
            site_tree = fetch_site_tree(_shared_site_tree)
            for code, pages in PAGES.items():
                locale = Locale.objects.get(language_code=code)
                home = site_tree.home
                if code != "en":
                    home = site_tree.home.copy_for_translation(locale)
                    home.save_revision().publish()
                for slug, title, introduction in pages:
                    StandardPageFactory(
                        parent=home,
                        slug=slug,
                        title=title,
                        introduction=introduction,
                        locale=locale,
                    )
            call_command("update_index", backend_name="default", verbosity=0)
        yield search_backend


@pytest.fixture
def search_site(_search_pages, db):
    """Pages in every language, indexed by the backend under test."""
    return _search_pages


# (language, what the visitor has typed so far, slugs suggested, slugs not suggested)
PREFIXES = [
    ("en", "weav", {"weaving"}, {"songs"}),
    ("en", "river so", {"songs"}, {"weaving"}),
    ("fr", "patri", {"patrimoine"}, set()),
    ("es", "tejid", {"tejidos"}, set()),
    ("ru", "цифр", {"muzei"}, set()),
    ("zh-hans", "数字", {"silk"}, {"dance"}),
    ("zh-hans", "舞", {"dance"}, {"silk"}),
    ("ar", "مدر", {"school"}, {"creativity"}),
    ("ar", "الإبد", {"creativity"}, {"school"}),
    ("fr", "weav", set(), {"weaving"}),
]


@pytest.mark.parametrize(("language", "query", "expected", "excluded"), QUERIES)
def test_query_table(client, search_site, language, query, expected, excluded):
    response = client.get(f"/{language}/search/", {"query": query})

    assert response.status_code == 200
    assert "simpler search" not in response.content.decode(), "the engine did not answer"
    found = {page.slug for page in response.context["results"]}
    assert expected <= found, (search_site, query, found)
    assert not (excluded & found), (search_site, query, found)


@pytest.mark.parametrize(("language", "prefix", "expected", "excluded"), PREFIXES)
def test_autocomplete_table(client, search_site, language, prefix, expected, excluded):
    response = client.get(f"/{language}/search/suggest/", {"query": prefix})

    assert response.status_code == 200
    found = {item["url"].rstrip("/").rsplit("/", 1)[-1] for item in response.json()["suggestions"]}
    assert expected <= found, (search_site, prefix, found)
    assert not (excluded & found), (search_site, prefix, found)
