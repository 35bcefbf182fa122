#!/usr/bin/env bash
# Requests a second the site serves, page by page, against a constant page (the ceiling),
# with the page cache off (cold) and on (warm), in interleaved rounds (bench/README.md).
#   bash bench/serve.sh                      PostgreSQL and Redis, 10,000 cases, 3 rounds of 15 s
#   bash bench/serve.sh --sqlite             the embedded defaults instead (SQLite, file cache)
#   bash bench/serve.sh --cases 2000 --duration 5 --rounds 2 --stress
# Everything runs on 127.0.0.1 and is removed afterwards; the figures are printed.
set -euo pipefail
. "$(dirname "$0")/../site/lib/common.sh"
. "$(dirname "$0")/../site/lib/postgres.sh"
cd "$CASEBOOK_ROOT"

sqlite=0
args=()
for arg in "$@"; do
  if [ "$arg" = "--sqlite" ]; then sqlite=1; else args+=("$arg"); fi
done

ensure_apt wrk gettext
[ $sqlite = 1 ] || ensure_apt postgresql redis-server
ensure_venv

WORK=$(mktemp -d /tmp/casebook-bench.XXXXXX)
REDIS_PID=""
cleanup() {
  [ -z "$REDIS_PID" ] || kill "$REDIS_PID" 2>/dev/null || true
  stop_postgres
  rm -rf "$WORK"
}
trap cleanup EXIT

export DJANGO_SETTINGS_MODULE=config.settings.production
export CASEBOOK_ENV_FILE="$WORK/none.env"
export SECRET_KEY="bench-only-$(python -c 'import secrets; print(secrets.token_urlsafe(40))')"
export ALLOWED_HOSTS=127.0.0.1,localhost
export EMAIL_URL=smtp://127.0.0.1:25
export STATIC_ROOT="$WORK/static" MEDIA_ROOT="$WORK/media"
export CACHE_URL="filecache://$WORK/cache?max_entries=50000"
export BENCHMARK_VIEWS=True
# wrk is one address: the open-data API's limit per address would answer it with 429s.
export API_RATE_LIMIT=100000000/m
export LOG_LEVEL=WARNING
if [ $sqlite = 1 ]; then
  export DATABASE_URL="sqlite:///$WORK/db.sqlite3"
else
  start_postgres
  port=${DATABASE_URL##*:}; port=${port%%/*}
  as_postgres "$(pg_bin)/createdb" -h 127.0.0.1 -p "$port" -U postgres casebook
  export DATABASE_CONN_MAX_AGE=600
  redis_port=$(free_port)
  redis-server --port "$redis_port" --bind 127.0.0.1 --save "" --appendonly no >/dev/null &
  REDIS_PID=$!
  export CACHE_URL="redis://127.0.0.1:$redis_port/0"
fi

say "Preparing the site: demo content, generated content, static files"
python manage.py migrate -v0
python manage.py compilemessages --ignore .venv --ignore var -v0
# Static files first: publishing pre-renders pages, which name the hashed files.
python manage.py collectstatic --noinput -v0
python manage.py load_demo_content
python bench/serve.py "${args[@]}"
