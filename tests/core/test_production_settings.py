"""Production refuses to start unsafe; .env is read before the settings are chosen.

Each case runs in its own Python process, as the server would, with a clean environment.
"""

import os
import runpy
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
KEY = "a-long-random-production-key-for-this-test-only-0123456789abcdef"
MAIL = "smtp://localhost:25"


def run(*args, **env):
    """``python *args`` at the project root, with only ``env`` beyond PATH and HOME."""
    base = {name: os.environ[name] for name in ("PATH", "HOME") if name in os.environ}
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_does_not_start_without(missing, tmp_path):
    env = {"SECRET_KEY": KEY, "ALLOWED_HOSTS": "cases.example.org", "EMAIL_URL": MAIL}
    del env[missing]
    result = run(
        "manage.py",
        "check",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        CASEBOOK_ENV_FILE=str(tmp_path / "none.env"),
        **env,
    )
    assert result.returncode != 0
    assert f"Set {missing} in the environment" in result.stderr


def test_check_deploy_finds_nothing(tmp_path):
    result = run(
        "manage.py",
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=KEY,
        ALLOWED_HOSTS="cases.example.org",
        EMAIL_URL=MAIL,
        CASEBOOK_ENV_FILE=str(tmp_path / "none.env"),
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_manage_py_reads_the_env_file_first(tmp_path):
    env_file = tmp_path / ".env"
    env_file.write_text(
        "DJANGO_SETTINGS_MODULE=config.settings.production\n"
        f"SECRET_KEY={KEY}\nALLOWED_HOSTS=cases.example.org\nEMAIL_URL={MAIL}\n"
        "WAGTAIL_SITE_NAME=From the file\n"
    )
    code = "from django.conf import settings; print(settings.SETTINGS_MODULE, settings.WAGTAIL_SITE_NAME)"
    result = run("manage.py", "shell", "-c", code, CASEBOOK_ENV_FILE=str(env_file))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "config.settings.production From the file"


def test_gunicorn_binds_this_machine_unless_told(tmp_path, monkeypatch):
    monkeypatch.delenv("GUNICORN_BIND", raising=False)
    monkeypatch.setenv("CASEBOOK_ENV_FILE", str(tmp_path / "none.env"))
    assert runpy.run_path(str(ROOT / "site" / "gunicorn.conf.py"))["bind"] == "127.0.0.1:8000"

    env_file = tmp_path / ".env"
    env_file.write_text("GUNICORN_BIND=127.0.0.1:9123\n")
    monkeypatch.setenv("CASEBOOK_ENV_FILE", str(env_file))
    assert runpy.run_path(str(ROOT / "site" / "gunicorn.conf.py"))["bind"] == "127.0.0.1:9123"
    monkeypatch.delenv("GUNICORN_BIND", raising=False)  # read_env set it in os.environ


def test_gunicorn_runs_one_preloaded_sync_worker_per_core(tmp_path, monkeypatch):
    for name in ["GUNICORN_WORKERS", "GUNICORN_WORKER_CLASS", "GUNICORN_MAX_REQUESTS"]:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("CASEBOOK_ENV_FILE", str(tmp_path / "none.env"))
    monkeypatch.setattr(os, "cpu_count", lambda: 3)

    conf = runpy.run_path(str(ROOT / "site" / "gunicorn.conf.py"))

    assert (conf["workers"], conf["worker_class"], conf["preload_app"]) == (3, "sync", True)
    assert conf["max_requests"] >= 50_000 and 0 < conf["max_requests_jitter"] < 10_000


def test_loading_the_settings_creates_no_folder(tmp_path):
    """On a read-only checkout nothing may need creating: here, a copy without var/."""
    shutil.copytree(
        ROOT / "config", tmp_path / "config", ignore=shutil.ignore_patterns("__pycache__")
    )
    before = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    result = subprocess.run(
        [sys.executable, "-c", "import config.settings.dev"],
        cwd=tmp_path,
        env={"PATH": os.environ["PATH"], "CASEBOOK_ENV_FILE": str(tmp_path / "none.env")},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    after = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob("*"))
    assert [p for p in after if "__pycache__" not in p] == before


def test_production_does_not_print_mail_to_the_log(tmp_path):
    result = run(
        "manage.py",
        "check",
        DJANGO_SETTINGS_MODULE="config.settings.production",
        SECRET_KEY=KEY,
        ALLOWED_HOSTS="cases.example.org",
        CASEBOOK_ENV_FILE=str(tmp_path / "none.env"),
    )
    assert result.returncode != 0
    assert "Set EMAIL_URL in the environment" in result.stderr
