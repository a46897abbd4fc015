#!/usr/bin/env bash
# Live heap per signed-in session: starts the extracted jar (`mvn verify`) with the demo data on a fresh data
# directory, opens sessions in Debian's Chromium left on a resource page with its calendar (bench/sessions/open.js),
# and at 1, 10 and 100 sessions (or the counts given) prints the live heap after a full GC and the KB added per
# session, and the JVM's resident memory (with COOPOLE_JAVA_OPTS="-Xms600m -Xmx600m -XX:+AlwaysPreTouch" its growth is
# native memory, not the heap's pages; with COOPOLE_HEAP_DUMPS=DIR it also writes a heap dump at each count).
# Usage: bench/sessions.sh [COUNTS...]   e.g. bench/sessions.sh 1 10 100
set -euo pipefail
cd "$(dirname "$0")/.."
. ops/extracted-jar.sh
work="$(mktemp -d /tmp/coopole-sessions.XXXXXX)"
pid=""
trap '[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; wait 2>/dev/null; rm -rf "$work"' EXIT
npm ci --prefix bench/sessions --no-audit --no-fund --loglevel=error >/dev/null
(cd "$dir" && COOPOLE_DATA_DIR="$work" SPRING_PROFILES_ACTIVE=demo exec "$java" "${aot[@]}" \
  ${COOPOLE_JAVA_OPTS:-} -Dserver.port=18095 -Dlogging.level.root=WARN -Dspring.main.banner-mode=off -jar "$jar") \
  >"$work/coopole.log" 2>&1 &
pid=$!
await_login 18095 "$pid" "$work/coopole.log"
node bench/sessions/open.js http://localhost:18095 "$pid" "$JAVA_HOME/bin/jcmd" "$@"
