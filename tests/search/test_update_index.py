"""``update_index`` reports its progress and rebuilds an index from scratch."""

import io

import pytest
from django.core.management import call_command
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def found(query):
    """Ids the index matches (the pages themselves are read from the database)."""
    return {page.pk for page in Page.objects.live().search(query, operator="and")}


def test_rebuild_shows_progress_and_drops_stale_entries(search_backend, site_tree):
    page = StandardPageFactory(parent=site_tree.home, title="Lantern makers")
    call_command("update_index", backend_name="default", verbosity=0)
    # A change that bypasses the save signals leaves the index stale.
    Page.objects.filter(pk=page.pk).update(title="Paper kites", draft_title="Paper kites")
    assert found("lantern") == {page.pk}
    assert found("kites") == set()

    out = io.StringIO()
    call_command("update_index", backend_name="default", stdout=out)

    report = out.getvalue()
    assert "Rebuilding index" in report
    assert "." in report, "a dot per chunk of objects"
    assert "indexed" in report and "objects" in report
    assert found("kites") == {page.pk}
    assert found("lantern") == set()


def test_engine_rebuild_leaves_one_index_behind_the_alias(search_backend, site_tree):
    if search_backend != "opensearch":
        pytest.skip("aliases are an engine's")
    StandardPageFactory(parent=site_tree.home, title="Lantern makers")
    call_command("update_index", backend_name="default", verbosity=0)
    call_command("update_index", backend_name="default", verbosity=0)

    backend = get_search_backend("default")
    alias = backend.get_index_for_model(Page).name
    assert len(backend.es.indices.get_alias(name=alias)) == 1
