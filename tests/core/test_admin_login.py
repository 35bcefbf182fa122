"""Password guessing on the admin login is stopped; the admin password file is private."""

import stat

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse

from core.management.commands import ensure_admin

pytestmark = pytest.mark.django_db


def sign_in(client, password):
    return client.post(reverse("wagtailadmin_login"), {"username": "editor", "password": password})


@override_settings(AXES_FAILURE_LIMIT=5)
def test_the_login_locks_after_repeated_failures(client):
    get_user_model().objects.create_superuser("editor", "editor@example.org", "right-password")
    for _ in range(4):
        assert sign_in(client, "wrong").status_code == 200  # the form again, with its error
    locked = sign_in(client, "wrong")
    assert locked.status_code == 429
    assert "Too many failed sign-ins" in locked.content.decode()
    # Even the right password waits now.
    assert sign_in(client, "right-password").status_code == 429
    assert "_auth_user_id" not in client.session

    call_command("axes_reset_username", "editor", verbosity=0)
    assert sign_in(client, "right-password").status_code == 302


def test_the_password_file_is_readable_by_its_owner_only(tmp_path, monkeypatch, capsys):
    path = tmp_path / "admin-password"
    monkeypatch.setattr(ensure_admin, "PASSWORD_FILE", path)
    call_command("ensure_admin")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text() in capsys.readouterr().out
