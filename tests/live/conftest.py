"""What the live tests share: an editor the app servers can sign in, and the site."""

import pytest
from django.db import connection

from tests.conftest import build_site_tree

EDITOR = ("editor", "sample-pass-1")


@pytest.fixture
def live_site(django_user_model, settings):
    """The site tree, committed, with a superuser ``EDITOR``; PostgreSQL only, as the
    app servers share the test database."""
    if connection.vendor != "postgresql":
        pytest.skip("app servers share the test database: PostgreSQL only")
    # A password hash the app servers' own settings can check.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.PBKDF2PasswordHasher"]
    django_user_model.objects.create_superuser(EDITOR[0], "editor@example.org", EDITOR[1])
    return build_site_tree()
