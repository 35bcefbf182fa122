"""Every interface string has a translation in each of the site's languages.

The strings are extracted afresh (with the same script developers use) in a copy
of the project, merged with the committed catalogues, and any entry left
untranslated or fuzzy fails the test with its text.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import polib
from django.conf import settings
from django.utils.translation import to_locale

ROOT = Path(settings.BASE_DIR)
PROJECT_PARTS = [
    "manage.py",
    "config",
    "core",
    "home",
    "cases",
    "events",
    "news",
    "search",
    "demo",
    "templates",
    "static",
    "locale",
    "site",
]


def test_every_interface_string_is_translated(tmp_path):
    for part in PROJECT_PARTS:
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / part)
    env = {**os.environ, "PYTHON": sys.executable, "DJANGO_SETTINGS_MODULE": "config.settings.test"}
    subprocess.run(
        ["bash", "site/update-translations.sh"], cwd=tmp_path, env=env, check=True, timeout=300
    )

    missing = {}
    for code, _name in settings.LANGUAGES:
        if code == settings.LANGUAGE_CODE:
            continue
        catalogue = polib.pofile(
            tmp_path / "locale" / to_locale(code) / "LC_MESSAGES" / "django.po"
        )
        problems = [entry.msgid for entry in catalogue.untranslated_entries()]
        problems += [f"(fuzzy) {entry.msgid}" for entry in catalogue.fuzzy_entries()]
        if problems:
            missing[code] = problems
    assert not missing, missing
