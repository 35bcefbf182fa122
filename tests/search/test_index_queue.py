"""Index writes the engine misses wait in a queue until it takes them, never dropped."""

import io
import time

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page

from config.settings.search_backends import search_backends
from search import breaker
from search.models import PendingIndexUpdate
from tests.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

# The database index as "default": the engine back, as far as these tests can tell.
RECOVERED = search_backends("", "")


@pytest.fixture
def hung(hung_engine):
    """WAGTAILSEARCH_BACKENDS with the hung engine as "default"; yields (backends, accepted)."""
    port, accepted = hung_engine
    yield search_backends(f"opensearch://127.0.0.1:{port}", "hung", timeout=0.5), accepted


def publish(parent, title):
    page = StandardPageFactory(parent=parent, title=title)
    page.save_revision().publish()
    return page


def found(query, backend="default"):
    return {page.pk for page in Page.objects.live().search(query, backend=backend)}


def pending_ids():
    return set(PendingIndexUpdate.objects.values_list("object_id", flat=True))


def engine_back():
    """The rest after the last failure is over."""
    cache.delete(breaker.ENGINE_RESTING)


@pytest.fixture
def queued(hung, site_tree):
    """A page published while the engine hangs."""
    with override_settings(WAGTAILSEARCH_BACKENDS=hung[0]):
        return publish(site_tree.home, "Lantern makers")


def test_publishing_with_a_hung_engine_is_fast_and_queued(hung, site_tree):
    backends, accepted = hung
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        started = time.monotonic()
        page = publish(site_tree.home, "Lantern makers")
        publish(site_tree.home, "Paper kites")
        took = time.monotonic() - started
        in_database = found("lantern", backend="database")

    # One 0.5 s timeout; then the engine rests and later writes go straight to the queue.
    assert took < 3, took
    assert len(accepted) == 1
    assert page.pk in in_database
    row = PendingIndexUpdate.objects.get(object_id=str(page.pk))
    assert row.content_type == ContentType.objects.get_for_model(page)
    assert row.attempts >= 1 and row.last_error
    assert PendingIndexUpdate.objects.count() == 2


def test_retry_sends_the_queue_once_the_engine_is_back(queued):
    # Changed behind the index's back: only a real retry can make the index find it.
    Page.objects.filter(pk=queued.pk).update(title="Shadow puppets")
    engine_back()
    out = io.StringIO()
    with override_settings(WAGTAILSEARCH_BACKENDS=RECOVERED):
        call_command("retry_index_updates", stdout=out)
        assert found("puppets") == {queued.pk}

    assert pending_ids() == set()
    assert "Sent 1 updates" in out.getvalue()


def test_retry_stops_at_the_first_failure_and_keeps_the_queue(hung, queued, site_tree):
    backends, accepted = hung
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        other = publish(site_tree.home, "Paper kites")
        tried = len(accepted)
        attempts = PendingIndexUpdate.objects.get(object_id=str(queued.pk)).attempts
        engine_back()
        started = time.monotonic()
        call_command("retry_index_updates", stdout=io.StringIO())
        took = time.monotonic() - started

    assert pending_ids() == {str(queued.pk), str(other.pk)}
    assert len(accepted) == tried + 1 and took < 2, took
    assert PendingIndexUpdate.objects.get(object_id=str(queued.pk)).attempts == attempts + 1


def test_a_resting_engine_is_not_retried(queued):
    with override_settings(WAGTAILSEARCH_BACKENDS=RECOVERED):
        call_command("retry_index_updates", stdout=io.StringIO())

    assert pending_ids() == {str(queued.pk)}


def test_a_deletion_the_engine_missed_is_retried(hung, queued):
    with override_settings(WAGTAILSEARCH_BACKENDS=hung[0]):
        queued.delete()
    assert pending_ids() == {str(queued.pk)}

    engine_back()
    with override_settings(WAGTAILSEARCH_BACKENDS=RECOVERED):
        call_command("retry_index_updates", stdout=io.StringIO())

    assert pending_ids() == set()


def test_update_index_empties_the_queue(queued):
    out = io.StringIO()
    with override_settings(WAGTAILSEARCH_BACKENDS=RECOVERED):
        call_command("update_index", stdout=out)
        assert found("lantern") == {queued.pk}

    assert pending_ids() == set()
    assert "Forgot 1 updates" in out.getvalue()


def test_rebuilding_only_the_database_index_keeps_the_queue(queued):
    both = {**RECOVERED, "database": RECOVERED["default"]}
    with override_settings(WAGTAILSEARCH_BACKENDS=both):
        call_command("update_index", backend_name="database", verbosity=0)

    assert pending_ids() == {str(queued.pk)}


def test_the_dashboard_tells_superusers_what_waits(queued, admin_client, client):
    editor = get_user_model().objects.create_user("editor", password="x")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    dashboard = reverse("wagtailadmin_home")

    shown = admin_client.get(dashboard).content.decode()
    to_editor = client.get(dashboard)

    assert "1 page or other item waits to be added to the search engine" in shown
    assert "retry_index_updates" in shown
    assert to_editor.status_code == 200
    assert "retry_index_updates" not in to_editor.content.decode()
    PendingIndexUpdate.objects.all().delete()
    assert "retry_index_updates" not in admin_client.get(dashboard).content.decode()
