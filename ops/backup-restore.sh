#!/usr/bin/env bash
# Backs up Coopole's embedded database and restores it, as README "Backup and restore" describes, and checks it:
#   1. starts Coopole with the demo data on a fresh data directory, and counts its bookings (with a checksum of
#      their ids and periods) as PostgreSQL's superuser, which row security does not restrict;
#   2. stops it, and archives the data directory (the PostgreSQL cluster and the generated passwords beside it);
#   3. unpacks the archive into another, fresh directory, starts Coopole on it (which connects with the restored
#      passwords), and finds the same bookings.
# Needs the extracted jar (`mvn verify`) and psql (any version: it only counts). Usage: ops/backup-restore.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. ops/extracted-jar.sh
work="$(mktemp -d /tmp/coopole-backup.XXXXXX)"
pid=""
cleanup() { [ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null && wait "$pid" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT

start() { # $1 data directory, $2 http port, $3 database port, $4 profile
  (cd "$dir" && COOPOLE_DATA_DIR="$1" SPRING_PROFILES_ACTIVE="$4" exec "$java" "${aot[@]}" -Dserver.port="$2" \
    -Dcoopole.embedded-database.port="$3" -Dlogging.level.root=WARN -Dspring.main.banner-mode=off -jar "$jar") \
    >"$work/coopole-$2.log" 2>&1 &
  pid=$!
  await_login "$2" "$pid" "$work/coopole-$2.log"
}
stop() { kill -TERM "$pid"; wait "$pid" 2>/dev/null || true; pid=""; }
bookings() { # $1 data directory, $2 database port
  PGPASSWORD="$(grep '^superuser.password=' "$1/database-secrets.properties" | cut -d= -f2-)" psql -h 127.0.0.1 \
    -p "$2" -U postgres -d postgres -tAc \
    "SELECT count(*) || ' bookings, checksum ' || md5(string_agg(id::text || period::text, ',' ORDER BY id)) FROM booking"
}

start "$work/live" 18091 15434 demo
before="$(bookings "$work/live" 15434)"
echo "live:     $before"
stop
started=$(date +%s)
tar -C "$work/live" -czf "$work/coopole-backup.tar.gz" .
echo "backup:   $(du -h "$work/coopole-backup.tar.gz" | cut -f1) in $(( $(date +%s) - started )) s (Coopole stopped)"

mkdir "$work/restored"
tar -C "$work/restored" -xzf "$work/coopole-backup.tar.gz"
start "$work/restored" 18092 15435 ""
after="$(bookings "$work/restored" 15435)"
echo "restored: $after"
[ "$before" = "$after" ] || { echo "FAILED: the restored bookings differ" >&2; exit 1; }
echo "Coopole started on the restored copy: it connected as its owner and application roles with the restored passwords"
stop
echo "PASSED: the same bookings after backup and restore"
