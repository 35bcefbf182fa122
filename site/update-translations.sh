#!/usr/bin/env bash
# Extracts the interface strings of templates and Python code into
# locale/<language>/LC_MESSAGES/django.po for every language but the source
# (English). New strings appear untranslated; translate them in the same
# change (a test fails while any is missing), then compilemessages.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python}
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-config.settings.dev}
languages=$("$PYTHON" -c '
import django
django.setup()
from django.conf import settings
from django.utils.translation import to_locale
print(" ".join(f"-l {to_locale(code)}" for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE))
')
# shellcheck disable=SC2086
"$PYTHON" manage.py makemessages $languages --no-location --no-obsolete \
  --ignore ".venv/*" --ignore "var/*" --ignore "tests/*" -v0
