"""The six locales, and the language chosen for a visitor arriving at ``/``."""

import pytest
from wagtail.models import Locale

from tests.i18n.conftest import LANGUAGES
from tests.i18n.html import path_of, soup

pytestmark = pytest.mark.django_db


def test_the_six_un_languages_are_locales_after_migrations():
    codes = set(Locale.objects.values_list("language_code", flat=True))

    assert codes == {"en", "zh-hans", "fr", "es", "ar", "ru"}
    assert set(LANGUAGES) == codes
    assert Locale.get_default().language_code == "en"


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("fr-FR,fr;q=0.9", "/fr/"),
        ("zh-CN", "/zh-hans/"),
        ("zh-Hans-CN,zh;q=0.8", "/zh-hans/"),
        ("ar", "/ar/"),
        ("es-MX,es;q=0.9,en;q=0.5", "/es/"),
        ("ru-RU", "/ru/"),
        ("de", "/en/"),
        ("de-DE,ja;q=0.8", "/en/"),
        ("", "/en/"),
    ],
)
def test_root_redirects_to_the_visitors_language(client, site_tree, accept_language, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code in (301, 302)
    assert path_of(response["Location"]) == expected
    page = client.get(expected, HTTP_ACCEPT_LANGUAGE=accept_language)
    assert soup(page).html["lang"] == expected.strip("/")
