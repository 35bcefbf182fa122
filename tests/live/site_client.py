"""Talking to the site on its app servers as the load balancer and an editor would."""

import http.cookiejar
import re
import urllib.parse
import urllib.request

from django.conf import settings as django_settings
from django.db import connection

PUBLIC_HOST = "cases.example.org"


def database_url(port=None):
    """The test database's address; on another server's ``port`` (a replica) if given."""
    db = connection.settings_dict
    return (
        f"postgres://{urllib.parse.quote(db['USER'])}:{urllib.parse.quote(db['PASSWORD'] or '')}"
        f"@{db['HOST'] or 'localhost'}:{port or db['PORT'] or 5432}/{db['NAME']}"
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
