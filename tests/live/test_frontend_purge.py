"""A real Varnish in front of the app, purged from the page cache's tags in the background.

The app runs on pytest-django's live server; Debian's varnishd, with the VCL from
site/proxy/varnish.vcl, sits in front of it. Publishing queues the purge as a task
(django-tasks' database backend): until a worker runs it, Varnish still answers from its
copy; once it has, the addresses showing the change are fetched afresh and no other.
"""

import urllib.request

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from tests.conftest import build_site_tree
from tests.factories import CasePageFactory, CulturalDomainFactory
from tests.live.services import varnish

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def fetch(url, method="GET", headers=None):
    request = urllib.request.Request(url, method=method, headers=headers or {})
    with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 - local
        return response.headers.get("X-Cache"), response.read().decode()


@pytest.fixture
def proxy(live_server, tmp_path, settings):
    backend_port = int(live_server.url.rsplit(":", 1)[1])
    with varnish(backend_port, tmp_path) as url:
        settings.PAGE_CACHE_SECONDS = 3600
        settings.SHARED_CACHE_SECONDS = 3600
        settings.WAGTAILFRONTENDCACHE = {
            "varnish": {
                "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
                "LOCATION": url,
            }
        }
        settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
        yield url


def test_a_publish_purges_varnish_in_the_background_exactly(proxy):
    tree = build_site_tree()
    heritage = CulturalDomainFactory(name="Heritage", slug="heritage")
    music = CulturalDomainFactory(name="Music", slug="music")
    changed = CasePageFactory(
        parent=tree.case_index,
        title="Sample loom archive",
        edition=tree.call,
        cultural_domains=[heritage],
    )
    other = CasePageFactory(
        parent=tree.case_index,
        title="Sample song atlas",
        edition=tree.call,
        cultural_domains=[music],
    )
    showing = [changed.url, tree.case_index.url, f"{tree.case_index.url}?domain=heritage"]
    not_showing = [other.url, tree.about.url]
    for path in showing + not_showing:
        assert fetch(proxy + path)[0] == "MISS"
        assert fetch(proxy + path)[0] == "HIT", path

    changed.title = "Sample loom archive, revised"
    changed.save_revision().publish()

    # The purge waits for a worker: publishing did not.
    assert DBTaskResult.objects.filter(status="READY").exists()
    assert "revised" not in fetch(proxy + changed.url)[1]
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert not DBTaskResult.objects.filter(status="READY").exists()

    for path in showing:
        cached, body = fetch(proxy + path)
        assert cached == "MISS" and "Sample loom archive, revised" in body, path
        assert fetch(proxy + path)[0] == "HIT"
    for path in not_showing:
        assert fetch(proxy + path)[0] == "HIT", path

    # BAN drops every address matching a pattern (after a deployment, say).
    banned = urllib.request.Request(proxy + "/", method="BAN", headers={"X-Ban-Url": "^/en/about"})
    urllib.request.urlopen(banned, timeout=10)  # noqa: S310 - local
    assert fetch(proxy + tree.about.url)[0] == "MISS"
    assert fetch(proxy + other.url)[0] == "HIT"
