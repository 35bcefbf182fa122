#!/usr/bin/env bash
# Search latency on generated cases, PostgreSQL full text against OpenSearch, each on a
# throwaway server started here and removed at the end (see bench/README.md).
#   bash bench/search.sh                     10,000 cases, 30 timed runs per query
#   bash bench/search.sh --cases 300 --repeat 5
set -euo pipefail
. "$(dirname "$0")/../site/lib/common.sh"
. "$(dirname "$0")/../site/lib/postgres.sh"
. "$(dirname "$0")/../site/lib/opensearch.sh"
cd "$CASEBOOK_ROOT"

ensure_apt postgresql
ensure_opensearch_jars
ensure_venv test

trap 'stop_opensearch; stop_postgres' EXIT
start_postgres
start_opensearch
# With an engine, backend "default" is OpenSearch and "database" PostgreSQL's index.
SEARCH_URL="opensearch://${OPENSEARCH_URL#http://}" python bench/search.py "$@"
