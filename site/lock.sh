#!/usr/bin/env bash
# Regenerates the lock files from the pins in pyproject.toml; run it after changing one:
#   bash site/lock.sh              keeps the other locked versions where it can
#   bash site/lock.sh --upgrade    moves every unpinned dependency to its newest version
# requirements/base.lock    the dependencies (what site/serve.sh installs)
# requirements/test.lock    the dependencies with the `test` extra (what site/test.sh installs)
# The locks are universal (one file for every Python from 3.11 on, markers where it matters),
# so Debian 12's Python 3.11 and Debian 13's 3.13 get the same versions.
set -euo pipefail
. "$(dirname "$0")/lib/common.sh"
cd "$CASEBOOK_ROOT"

UV_VERSION=0.13.9
UV_VENV="${XDG_CACHE_HOME:-$HOME/.cache}/casebook/uv"
UV="$UV_VENV/bin/uv"

if [ "$("$UV" --version 2>/dev/null | cut -d' ' -f2)" != "$UV_VERSION" ]; then
  say "Installing uv $UV_VERSION in $UV_VENV"
  if ! python3 -m venv --help >/dev/null 2>&1; then ensure_apt python3-venv; fi
  [ -x "$UV_VENV/bin/python" ] || python3 -m venv "$UV_VENV"
  "$UV_VENV/bin/pip" install -q "uv==$UV_VERSION"
fi

mkdir -p requirements
compile() {
  "$UV" pip compile pyproject.toml --universal --python-version 3.11 \
    --custom-compile-command "bash site/lock.sh" --quiet "$@"
}
# Extra arguments (e.g. --upgrade) go to both compiles.
say "Locking requirements/base.lock"
compile "$@" -o requirements/base.lock
say "Locking requirements/test.lock"
compile "$@" --extra test -o requirements/test.lock
