#!/usr/bin/env bash
# Start-up of the packaged Coopole, plain and with the JDK's AOT cache, in interleaved rounds on the same data
# (a restart on existing data, as a deployment does): from `java` to the first 200 on /login, with each phase read
# from the log's timestamps. Needs the extracted jar and its cache: `mvn verify` (or `mvn -DskipTests package` and
# ops/aot-cache.sh). Usage: bench/startup.sh [ROUNDS]   (default 3); writes bench/startup-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-3}"
. ops/extracted-jar.sh
test -s "$dir/coopole.aot" || { echo "no $dir/coopole.aot: run ops/aot-cache.sh first" >&2; exit 1; }
data=/tmp/coopole-bench-startup
port=18080
log="$(mktemp)"
trap 'rm -f "$log"' EXIT

start() { # $1: plain|aot; prints "total_ms pg_ms flyway_ms context_ms vaadin_ms rss_mb"
  local extra=()
  [ "$1" = aot ] && extra=("${aot[@]}")
  local t0; t0=$(date +%s%N)
  (cd "$dir" && COOPOLE_DATA_DIR="$data" exec "$java" "${extra[@]}" -Dserver.port=$port -jar "$jar") >"$log" 2>&1 &
  local pid=$!
  await_login "$port" "$pid" "$log"
  local t1; t1=$(date +%s%N)
  local rss; rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
  kill -TERM $pid; wait $pid 2>/dev/null || true
  # phases, from the log: the first line, PostgreSQL accepting connections, Flyway done, context refreshed
  # (Tomcat started), Vaadin's first request served; milliseconds since the JVM started
  python3 - "$log" "$t0" "$t1" "$rss" <<'PY'
import re, sys, datetime
lines = open(sys.argv[1], errors="replace").read().splitlines()
t0, t1, rss = int(sys.argv[2]) // 1_000_000, int(sys.argv[3]) // 1_000_000, sys.argv[4]
def at(pattern):
    for line in lines:
        if re.search(pattern, line):
            m = re.match(r"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d+)Z", line)
            if m:
                return int(datetime.datetime.fromisoformat(m.group(1) + "+00:00").timestamp() * 1000) - t0
    return -1
print(t1 - t0, at(r"PostgreSQL .*(ready|started)|embedded PostgreSQL"), at(r"Successfully (validated|applied)|Schema .* is up to date"),
      at(r"Tomcat started on port"), at(r"Started Application"), rss)
PY
}

# a first start creates the data (not counted)
start plain >/dev/null
plain_runs=()
aot_runs=()   # not "aot": ops/extracted-jar.sh names the cache's flag so
for i in $(seq "$rounds"); do
  plain_runs+=("$(start plain)")
  aot_runs+=("$(start aot)")
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
column() { printf '%s\n' "$@" | awk -v c="$col" '{print $c}' | median; }
{
  echo "# Start-up, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
  echo
  echo "$(nproc) cores; $("$java" -version 2>&1 | head -1); $rounds interleaved rounds, restart on existing data; medians."
  echo "Milliseconds from \`java\` to: the embedded PostgreSQL up, Flyway done, Tomcat started, the Spring context"
  echo "started (Vaadin included), the first 200 on /login; resident memory at that moment."
  echo
  echo "| run | PostgreSQL | Flyway | Tomcat | context | first 200 on /login | RSS |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
  for mode in plain aot; do
    if [ $mode = plain ]; then set -- "${plain_runs[@]}"; else set -- "${aot_runs[@]}"; fi
    row="| $mode"
    for col in 2 3 4 5 1; do row="$row | $(column "$@") ms"; done
    col=6; row="$row | $(column "$@") MB |"
    echo "$row"
  done
  echo
  echo "Each round: plain ${plain_runs[*]// /,} / aot ${aot_runs[*]// /,} (total,pg,flyway,tomcat,context,rss)"
} | tee bench/startup-results.md
