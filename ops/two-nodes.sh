#!/usr/bin/env bash
# Two Coopole nodes behind nginx (Debian's package) with sticky sessions, on one PostgreSQL, all on loopback:
#   node A  :18081  embedded PostgreSQL on :15433 (the demo data), route "a"
#   node B  :18082  the same PostgreSQL as an external database, route "b"
#   nginx   :18080  each person's requests go to the node named at the end of their session id, the other node
#                   taking over when it is down (README, "Several nodes")
# then runs bench/java/org/coopole/bench/ProxyCheck.java through the proxy (a message live on the other node; a
# node stopped: its person signs in again on the other one, nothing lost), and stops everything.
# Needs: nginx, Chromium and ChromeDriver (Debian's), the extracted jar (`mvn verify`, or `mvn -DskipTests package`
# and ops/aot-cache.sh). Usage: ops/two-nodes.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. ops/extracted-jar.sh
work="$(mktemp -d /tmp/coopole-two-nodes.XXXXXX)"
pids=()
stop() {
  [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$work"
}
trap stop EXIT

export COOPOLE_TRUSTED_PROXIES=127.0.0.1/32
common=(-Dcoopole.base-url=http://localhost:18080
        -Dlogging.level.root=WARN -Dspring.main.banner-mode=off)
(cd "$dir" && COOPOLE_DATA_DIR="$work/a" COOPOLE_NODE_ROUTE=a SPRING_PROFILES_ACTIVE=demo exec "$java" "${aot[@]}" \
  "${common[@]}" -Dserver.port=18081 -Dcoopole.embedded-database.port=15433 -jar "$jar") >"$work/node-18081.log" 2>&1 &
pids+=($!); a=$!
await_login 18081 $a "$work/node-18081.log"
echo "node A ready"
secret() { grep "^$1=" "$work/a/database-secrets.properties" | cut -d= -f2-; }
(cd "$dir" && SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:15433/postgres \
  SPRING_DATASOURCE_USERNAME=coopole_app SPRING_DATASOURCE_PASSWORD="$(secret app.password)" \
  SPRING_FLYWAY_USER=coopole_owner SPRING_FLYWAY_PASSWORD="$(secret owner.password)" COOPOLE_NODE_ROUTE=b \
  COOPOLE_DATA_DIR="$work/b" exec "$java" "${aot[@]}" "${common[@]}" -Dserver.port=18082 -jar "$jar") \
  >"$work/node-18082.log" 2>&1 &
pids+=($!); b=$!
await_login 18082 $b "$work/node-18082.log"
echo "node B ready"

sed -e "s|@WORK@|$work|g" ops/nginx-two-nodes.conf > "$work/nginx.conf"
nginx -p "$work" -c "$work/nginx.conf"
for _ in $(seq 50); do curl -s -o /dev/null http://127.0.0.1:18080/login && break; sleep 0.1; done
echo "nginx ready on :18080"
if [ -n "${TWO_NODES_HOLD:-}" ]; then   # keep it all running, to try it in a browser; Ctrl-C stops it
  echo "node A pid $a, node B pid $b; http://localhost:18080"; wait "$a" "$b" || true; exit 0
fi

mvn -q -o -Pbench -DskipTests test-compile exec:java -Dbench.main=org.coopole.bench.ProxyCheck \
  -Dcoopole.proxy=http://localhost:18080 -Dcoopole.proxy.pids="$a,$b"
