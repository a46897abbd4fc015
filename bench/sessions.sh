#!/usr/bin/env bash
# Live heap per signed-in session: starts the extracted jar (`mvn verify`) with the demo data on a fresh data
# directory, opens sessions in Debian's Chromium left on a resource page with its calendar (bench/sessions/open.js),
# and at 1, 10 and 100 sessions (or the counts given) prints the live heap after a full GC and the KB added per
# session. Usage: bench/sessions.sh [COUNTS...]   e.g. bench/sessions.sh 1 10 100
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
dir="$PWD/target/coopole"
jar="$(basename "$(ls "$dir"/coopole-*.jar | head -1)")"
aot=(); [ -s "$dir/coopole.aot" ] && aot=(-XX:AOTCache=coopole.aot)
work="$(mktemp -d /tmp/coopole-sessions.XXXXXX)"
pid=""
trap '[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
npm ci --prefix bench/sessions --no-audit --no-fund --loglevel=error >/dev/null
(cd "$dir" && COOPOLE_DATA_DIR="$work" SPRING_PROFILES_ACTIVE=demo exec "$JAVA_HOME/bin/java" "${aot[@]}" \
  ${COOPOLE_JAVA_OPTS:-} -Dserver.port=18095 -Dlogging.level.root=WARN -Dspring.main.banner-mode=off -jar "$jar") \
  >"$work/coopole.log" 2>&1 &
pid=$!
until curl -s -o /dev/null -w '%{http_code}' http://127.0.0.1:18095/login 2>/dev/null | grep -q 200; do
  kill -0 "$pid" 2>/dev/null || { tail -30 "$work/coopole.log" >&2; exit 1; }
  sleep 0.2
done
node bench/sessions/open.js http://localhost:18095 "$pid" "$JAVA_HOME/bin/jcmd" "$@"
