#!/usr/bin/env bash
# The load driver: for each number of people (50, 100 and 200, or those given), starts the extracted jar
# (`mvn -DskipTests verify` first) with the demo data on a fresh data directory, and runs bench/load's Gatling
# simulation against it: the people sign in over LOAD_RAMP seconds, then each goes on clicking every few seconds
# through the catalogue, "free from … to …", a resource's page and a booking for LOAD_STEADY seconds, speaking
# Vaadin's protocol (UIDL with the UI's CSRF token and sync ids). Prints, and writes to bench/load-results.md, each
# click's round trip (p50/p95/p99), the failed requests, the bookings made, and the CPU used by Coopole, by
# PostgreSQL and by the driver while everyone is signed in.
# Usage: bench/load.sh [PEOPLE...]      environment: LOAD_RAMP (60), LOAD_STEADY (180)
set -euo pipefail
cd "$(dirname "$0")/.."
. ops/extracted-jar.sh
ramp="${LOAD_RAMP:-60}"
steady="${LOAD_STEADY:-180}"
counts=("$@"); [ ${#counts[@]} -gt 0 ] || counts=(50 100 200)
port=18096
hz="$(getconf CLK_TCK)"
work="$(mktemp -d /tmp/coopole-load.XXXXXX)"
pid=""
stop() { if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; fi; pid=""; }
trap 'stop; pkill -P $$ 2>/dev/null || true; rm -rf "$work"' EXIT

# the CPU ticks (user + system) of the given processes and of all their descendants
ticks() {
  local total=0 p
  for p in $(for root in "$@"; do echo "$root"; pgrep -P "$root"; for c in $(pgrep -P "$root"); do pgrep -P "$c"; done; done | sort -u); do
    if [ -r "/proc/$p/stat" ]; then
      total=$((total + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0)))
    fi
  done
  echo "$total"
}

results="bench/load-results.md"
{
  echo "# Load: people clicking through the catalogue, \"free from … to …\", a resource's page and a booking"
  echo
  echo "$(date -u +%FT%TZ); $(nproc) cores; Java $("$java" -version 2>&1 | head -1 | cut -d'"' -f2); bench/load.sh"
  echo "(Gatling, bench/load); people signed in over ${ramp} s, then clicking for ${steady} s with 2–5 s between clicks."
  echo "Round trips in milliseconds, from the UIDL request to its response, as the driver saw them on loopback."
} >"$results"

for people in "${counts[@]}"; do
  data="$work/data-$people"
  (cd "$dir" && COOPOLE_DATA_DIR="$data" SPRING_PROFILES_ACTIVE=demo exec "$java" "${aot[@]}" \
    ${COOPOLE_JAVA_OPTS:-} -Dserver.port=$port -Dlogging.level.root=WARN -Dspring.main.banner-mode=off \
    -jar "$jar") >"$work/coopole-$people.log" 2>&1 &
  pid=$!
  await_login "$port" "$pid" "$work/coopole-$people.log"
  postmaster="$(head -1 "$data/postgres/postmaster.pid")"

  out="$PWD/bench/load/target/clicks-$people.tsv"
  (cd bench/load && exec mvn -q gatling:test -Dbase="http://127.0.0.1:$port" -Dusers="$people" -Dramp="$ramp" \
    -Dsteady="$steady" -Dout="$out") >"$work/gatling-$people.log" 2>&1 &
  driver=$!
  # CPU while everyone is signed in: from 10 s after the last sign-in to 10 s before the first leaves
  sleep $((ramp + 10))
  s0=$(ticks "$pid"); p0=$(ticks "$postmaster"); d0=$(ticks "$driver"); t0=$(date +%s.%N)
  sleep $((steady - 20))
  s1=$(ticks "$pid"); p1=$(ticks "$postmaster"); d1=$(ticks "$driver"); t1=$(date +%s.%N)
  wait "$driver" || { echo "the driver failed; the end of its log:" >&2; tail -40 "$work/gatling-$people.log" >&2; exit 1; }
  stop

  cores() { awk -v a="$1" -v b="$2" -v hz="$hz" -v t0="$t0" -v t1="$t1" 'BEGIN { printf "%.2f", (b - a) / hz / (t1 - t0) }'; }
  failed="$(grep -m1 '> request count' "$work/gatling-$people.log" | awk -F'|' '{gsub(/ /, "", $4); print $4}')"
  {
    echo
    echo "## $people people"
    echo
    echo "| action | clicks answered | p50 | p95 | p99 | max |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: |"
    grep -v -e '^action' -e '^bookings' "$out" | awk -F'\t' '{ printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6 }'
    echo
    echo "Requests failed (Gatling's KO, sign-in included): ${failed:-?}. $(grep '^bookings made' "$out" | cut -f2) bookings made, $(grep '^bookings refused' "$out" | cut -f2) refused by a taken slot or a resource's rule."
    echo "CPU while all were signed in, in cores of $(nproc): Coopole $(cores "$s0" "$s1"), PostgreSQL $(cores "$p0" "$p1"), the driver $(cores "$d0" "$d1")."
  } | tee -a "$results"
done
echo
echo "Written to $results"
