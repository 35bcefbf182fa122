"""Two app servers behind one load balancer share PostgreSQL and Redis: a publish through
one is purged from the page cache the other serves.

Both are gunicorn with the site's own configuration, started here on two ports against
the test database and a throwaway redis-server. An editor signs in to the first one
and publishes the case's waiting revision with the admin's bulk action.
"""

import urllib.parse

import pytest
from django.db import connection

from tests.conftest import build_site_tree
from tests.factories import CasePageFactory
from tests.live.services import app_server, redis_server
from tests.live.site_client import app_environment, form_token, get, signed_in

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def test_a_publish_through_one_server_is_seen_through_the_other(django_user_model, settings):
    if connection.vendor != "postgresql":
        pytest.skip("the two app servers share the test database: PostgreSQL only")
    # A password hash the app servers' own settings can check.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    django_user_model.objects.create_superuser("editor", "editor@example.org", "sample-pass-1")
    tree = build_site_tree()
    case = CasePageFactory(parent=tree.case_index, title="Sample river archive", edition=tree.call)

    with (
        redis_server() as cache_url,
        app_server(app_environment(cache_url)) as first,
        app_server(app_environment(cache_url)) as second,
    ):
        for path in (case.url, tree.case_index.url):
            rendered, _ = get(first + path)
            # The second server answers from the entry the first one stored.
            shared, body = get(second + path)
            assert shared["Last-Modified"] == rendered["Last-Modified"], path
            assert "Sample river archive" in body

        case.title = "Sample river archive, second edition"
        case.save_revision()  # waiting for an editor: nothing changes yet
        assert "second edition" not in get(second + case.url)[1]

        opener = signed_in(first, "editor", "sample-pass-1")
        publish = f"{first}/admin/bulk/wagtailcore/page/publish/?id={case.pk}&next=/admin/"
        token = form_token(opener, publish)
        opener.open(publish, urllib.parse.urlencode({"csrfmiddlewaretoken": token}).encode())

        for path in (case.url, tree.case_index.url):
            _, body = get(second + path)
            assert "Sample river archive, second edition" in body, path
