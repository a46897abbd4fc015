#!/usr/bin/env bash
# Makes Coopole's JDK AOT cache (JDK 25, JEP 483/514) next to the extracted jar, as Spring Boot documents:
#   1. extracts the jar into DIR (default target/coopole): DIR/coopole-<version>.jar and DIR/lib/;
#   2. a training run starts it once on a throwaway embedded database; it serves its own sign-in page, then stops
#      (coopole.aot-training=true), and the JVM writes DIR/coopole.aot as it exits.
# Run it with the same JDK as production; then start Coopole with
#   java -XX:AOTCache=DIR/coopole.aot -jar DIR/coopole-<version>.jar
# A cache made by another JVM build is ignored with a warning (Coopole starts as without it).
set -euo pipefail
jar="${1:-$(ls target/coopole-*.jar | grep -v '\.original$' | head -1)}"
dir="${2:-target/coopole}"
java="${JAVA:-${JAVA_HOME:+$JAVA_HOME/bin/}java}"
rm -rf "$dir"
"$java" -Djarmode=tools -jar "$jar" extract --destination "$dir"
data="$(mktemp -d)"
trap 'rm -rf "$data"' EXIT
started=$(date +%s)
(cd "$dir" && COOPOLE_DATA_DIR="$data" "$java" -XX:AOTCacheOutput=coopole.aot -Xlog:aot=error -Xlog:cds=error -Dcoopole.aot-training=true \
    -Dserver.port=0 -Dspring.main.banner-mode=off -Dlogging.level.root=WARN -jar "$(basename "$jar")")
test -s "$dir/coopole.aot"
echo "AOT cache: $dir/coopole.aot ($(du -h "$dir/coopole.aot" | cut -f1), training $(( $(date +%s) - started )) s)"
