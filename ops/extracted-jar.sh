# Sourced by the scripts that start the packaged Coopole (ops/two-nodes.sh, ops/backup-restore.sh,
# bench/sessions.sh, bench/startup.sh), from the repository's root:
#   java  the JDK 25's java;  dir  the extracted jar's folder (`mvn verify`, or `mvn -DskipTests package` and
#   ops/aot-cache.sh);  jar  its file name — Coopole is started from $dir, since the AOT cache records the class
#   path;  aot  the flag that uses the cache when there is one.
#   await_login PORT PID LOG   waits until Coopole answers 200 on /login (two minutes at most); if it stops
#                              first, prints the end of its log and exits.
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
java="$JAVA_HOME/bin/java"
dir="$PWD/target/coopole"
jar="$(basename "$(ls "$dir"/coopole-*.jar 2>/dev/null | head -1)")"
[ -n "$jar" ] || { echo "no extracted jar in $dir: run mvn verify first" >&2; exit 1; }
aot=(); [ -s "$dir/coopole.aot" ] && aot=(-XX:AOTCache=coopole.aot)

await_login() {
  for _ in $(seq 2400); do
    curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/login" 2>/dev/null | grep -q 200 && return 0
    kill -0 "$2" 2>/dev/null || { echo "Coopole on :$1 stopped; the end of its log:" >&2; tail -40 "$3" >&2; exit 1; }
    sleep 0.05
  done
  echo "Coopole on :$1 did not answer in two minutes" >&2
  exit 1
}
