#!/usr/bin/env bash
# The whole test suite: linters, Django checks and pytest against a throwaway
# PostgreSQL cluster and OpenSearch node, with browser tests in Debian's Chromium.
#   bash site/test.sh            everything (what CI runs): PostgreSQL, OpenSearch, Chromium
#   bash site/test.sh --quick    SQLite, no browser, no OpenSearch: a fast loop while editing
#   Extra arguments go to pytest: bash site/test.sh --quick tests/cases
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
. "$(dirname "$0")/lib/postgres.sh"
. "$(dirname "$0")/lib/opensearch.sh"
cd "$CASEBOOK_ROOT"

quick=0
if [ "${1:-}" = "--quick" ]; then quick=1; shift; fi

if [ $quick = 1 ]; then
  ensure_apt gettext
else
  ensure_apt postgresql gettext chromium fonts-noto-cjk fonts-noto-core fonts-dejavu-core \
    varnish redis-server
  ensure_opensearch_jars
fi
ensure_venv test
export DJANGO_SETTINGS_MODULE=config.settings.test

say "Lint and format (ruff, djlint)"
ruff check .
ruff format --check .
djlint templates --lint
djlint templates --check
say "Layers (import-linter)"
lint-imports --no-cache

say "Django checks"
python manage.py check --fail-level WARNING
python manage.py makemigrations --check --dry-run
say "Production checks (check --deploy, with a throwaway key and host)"
SECRET_KEY=$(python -c 'import secrets; print(secrets.token_urlsafe(50))') \
  ALLOWED_HOSTS=cases.example.org EMAIL_URL=smtp://localhost:25 \
  DJANGO_SETTINGS_MODULE=config.settings.production \
  python manage.py check --deploy --fail-level WARNING
python manage.py compilemessages --ignore .venv --ignore var -v0

if [ $quick = 1 ]; then
  say "pytest on SQLite (no browser, no live servers)"
  exec pytest -m "not browser and not live" "$@"
fi

trap 'stop_opensearch; stop_postgres' EXIT
start_postgres
# Search tests run against this node as well as the database index.
start_opensearch
export CHROMIUM_PATH=${CHROMIUM_PATH:-/usr/bin/chromium}
if [ $# -gt 0 ]; then
  # Browser and live-server tests always get their own pytest process (their live
  # server needs committed data); exit code 5 means a run collected no tests.
  say "pytest on PostgreSQL"
  status=0
  pytest -m "not browser and not live" "$@" || status=$?
  if [ $status -ne 0 ] && [ $status -ne 5 ]; then exit $status; fi
  for kind in live browser; do
    say "Tests marked $kind on PostgreSQL (their own run)"
    status=0
    pytest -m "$kind" "$@" || status=$?
    if [ $status -ne 0 ] && [ $status -ne 5 ]; then exit $status; fi
  done
  exit 0
fi
say "pytest on PostgreSQL"
pytest -m "not browser and not live"
# Separate runs: live servers need committed data, and after a live test the browser
# tests' serialized rollback no longer brings back the migrated rows.
say "Live servers (Varnish, Redis, two gunicorn instances) on PostgreSQL"
pytest -m live tests/live
say "Browser tests (Chromium, axe-core) on PostgreSQL"
pytest -m browser tests/browser
