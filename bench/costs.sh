#!/usr/bin/env bash
# Cost-sharing statements on the booking benchmark's data set (run bench/run.sh first to generate it in
# /tmp/coopole-bench), with three cost pools per pole added once; writes bench/cost-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
exec mvn -Pbench -DskipTests test-compile exec:java -Dbench.main=org.coopole.bench.CostBenchmark "$@"
