import os

import pytest
from django.test import override_settings
from wagtail.models import Locale

from config.settings.search_backends import search_backends
from tests.factories import HomePageFactory


def backend_names():
    names = ["database"]
    if os.environ.get("OPENSEARCH_URL"):
        names.append("opensearch")
    return names


def configured_backends(name):
    """WAGTAILSEARCH_BACKENDS with ``name`` ("database" or "opensearch") as "default"."""
    if name == "opensearch":
        url = "opensearch://" + os.environ["OPENSEARCH_URL"].split("://", 1)[1]
        # The test node (a JVM on a busy machine) may take seconds to create an index.
        return search_backends(url, f"test_{os.getpid()}", timeout=30)
    return search_backends("", "")


@pytest.fixture(params=backend_names())
def search_backend(request):
    """The backend under test as "default": the database index, and the OpenSearch
    node when the test command has started one (OPENSEARCH_URL)."""
    with override_settings(WAGTAILSEARCH_BACKENDS=configured_backends(request.param)):
        yield request.param


@pytest.fixture
def french_home(site_tree):
    """The French home page, for pages that must stay out of English results."""
    return HomePageFactory(
        parent=site_tree.root,
        slug="casebook-fr",
        locale=Locale.objects.get(language_code="fr"),
        translation_key=site_tree.home.translation_key,
    )
