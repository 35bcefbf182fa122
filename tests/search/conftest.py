import os
import socket
import threading

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


@pytest.fixture
def hung_engine():
    """A search engine that accepts connections and never answers; yields (port, accepted)."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(0.1)
    accepted, stop = [], threading.Event()

    def accept():
        while not stop.is_set():
            try:
                accepted.append(server.accept()[0])
            except OSError:  # the 0.1 s timeout: look at stop again
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield server.getsockname()[1], accepted
    stop.set()
    thread.join()
    for connection in accepted:
        connection.close()
    server.close()
