#!/usr/bin/env bash
# Runs the site with its sample content on the embedded defaults (SQLite,
# database search, local files) at http://127.0.0.1:8000/ and prints the admin login.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
cd "$CASEBOOK_ROOT"

ensure_apt gettext
ensure_venv
export DJANGO_SETTINGS_MODULE=${DJANGO_SETTINGS_MODULE:-config.settings.dev}

say "Preparing the database"
python manage.py migrate -v0
python manage.py compilemessages --ignore .venv --ignore var -v0
python manage.py load_demo_content
python manage.py ensure_admin

say "Casebook runs at http://127.0.0.1:8000/ (admin: http://127.0.0.1:8000/admin/)"
exec python manage.py runserver 127.0.0.1:8000
