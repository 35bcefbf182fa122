"""SEARCH_URL picks the backend; every engine gets this project's word analysis."""

import pytest
from django.test import override_settings
from modelsearch.backends import get_search_backend
from wagtail.models import Page

from config.settings.search_backends import search_backends


def test_no_address_means_the_database_alone():
    assert search_backends("", "casebook") == {
        "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "simple"}
    }


@pytest.mark.parametrize(
    ("url", "client_module"),
    [
        ("opensearch://127.0.0.1:9200", "opensearchpy"),
        ("elasticsearch8s://user:secret@search.example.org:443", "elasticsearch"),
        ("elasticsearch9://127.0.0.1:9200", "elasticsearch"),
    ],
)
def test_engines_split_on_non_word_characters_only(url, client_module):
    configured = search_backends(url, "casebook")
    assert set(configured) == {"default", "database"}, "the database index stays as a fallback"
    with override_settings(WAGTAILSEARCH_BACKENDS=configured):
        backend = get_search_backend("default")

    assert type(backend.es).__module__.startswith(client_module)
    analysis = backend.settings["settings"]["analysis"]
    assert analysis["analyzer"]["default"]["tokenizer"] == "casebook_words"
    assert analysis["tokenizer"]["casebook_words"]["type"] == "pattern"
    mapping = backend.mapping_class(Page).get_mapping()
    autocomplete = mapping["properties"]["_edgengrams"]
    assert autocomplete["search_analyzer"] == "casebook_words"


def test_an_unknown_scheme_is_named_in_the_error():
    with pytest.raises(ValueError, match="solr"):
        search_backends("solr://127.0.0.1:8983", "casebook")
