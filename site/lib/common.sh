# Shared set-up for the two commands (sourced, not run).
# Installs only what is missing, so a second run is quick.

CASEBOOK_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
VENV="$CASEBOOK_ROOT/.venv"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# ensure_apt PACKAGE...: installs the Debian packages that are not installed yet.
ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# ensure_venv [EXTRA]: a virtualenv with the locked dependencies: requirements/EXTRA.lock
# (requirements/base.lock without EXTRA), regenerated from pyproject.toml by site/lock.sh.
# The project itself is run from its checkout, not installed.
ensure_venv() {
  local extra=${1:-}
  local lock="requirements/${extra:-base}.lock"
  [ -f "$CASEBOOK_ROOT/$lock" ] || { echo "No $lock: run bash site/lock.sh" >&2; return 1; }
  if ! python3 -m venv --help >/dev/null 2>&1; then ensure_apt python3-venv; fi
  [ -x "$VENV/bin/python" ] || { say "Creating $VENV"; python3 -m venv "$VENV"; }
  local stamp="$VENV/.casebook-$(echo "$extra" | tr -c 'a-z' '_')"
  local want
  want=$(sha256sum "$CASEBOOK_ROOT/$lock" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "Installing Python dependencies ($lock)"
    "$VENV/bin/pip" install -q --upgrade pip
    "$VENV/bin/pip" install -q -r "$CASEBOOK_ROOT/$lock"
    echo "$want" >"$stamp"
  fi
  # shellcheck disable=SC1091
  . "$VENV/bin/activate"
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
