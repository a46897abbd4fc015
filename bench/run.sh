#!/usr/bin/env bash
# The booking benchmark: generates 200 poles, 10 000 resources and 5 000 000 bookings once (kept in
# /tmp/coopole-bench, or -Dcoopole.bench.dir=...), then measures and writes bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
exec mvn -Pbench -DskipTests test-compile exec:java "$@"
