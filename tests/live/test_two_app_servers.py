"""Two app servers behind one load balancer share PostgreSQL and Redis: a publish through
one is purged from the page cache the other serves.

Both are gunicorn with the site's own configuration, started here on two ports against
the test database and a throwaway redis-server. An editor signs in to the first one
and publishes the case's waiting revision with the admin's bulk action.
"""

import http.cookiejar
import re
import urllib.parse
import urllib.request

import pytest
from django.conf import settings as django_settings
from django.db import connection

from tests.conftest import build_site_tree
from tests.factories import CasePageFactory
from tests.live.services import app_server, redis_server

PUBLIC_HOST = "cases.example.org"

pytestmark = [pytest.mark.live, pytest.mark.django_db(transaction=True, serialized_rollback=True)]


def database_url():
    db = connection.settings_dict
    return (
        f"postgres://{urllib.parse.quote(db['USER'])}:{urllib.parse.quote(db['PASSWORD'] or '')}"
        f"@{db['HOST'] or 'localhost'}:{db['PORT'] or 5432}/{db['NAME']}"
    )


def app_environment(cache_url):
    return {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "CASEBOOK_ENV_FILE": "/nonexistent/.env",
        "SECRET_KEY": "live-test-only-secret-key-0123456789abcdefghijklmnopqrstuvwxyz",
        "ALLOWED_HOSTS": f"127.0.0.1,{PUBLIC_HOST}",
        "DATABASE_URL": database_url(),
        "CACHE_URL": cache_url,
        "PAGE_CACHE_SECONDS": "3600",
        "MEDIA_ROOT": str(django_settings.MEDIA_ROOT),
        "LOG_LEVEL": "WARNING",
    }


def get(url):
    """GET as the load balancer would pass it on: for the site's public host name."""
    request = urllib.request.Request(url, headers={"Host": PUBLIC_HOST})
    with urllib.request.urlopen(request, timeout=20) as response:  # noqa: S310 - local
        return response.headers, response.read().decode()


def form_token(opener, url):
    with opener.open(url, timeout=20) as response:
        form = response.read().decode()
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)


def signed_in(server, username, password):
    """An opener holding an editor's session on ``server``."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    token = form_token(opener, f"{server}/admin/login/")
    data = {"username": username, "password": password, "csrfmiddlewaretoken": token}
    opener.open(f"{server}/admin/login/", urllib.parse.urlencode(data).encode(), timeout=20)
    return opener


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
