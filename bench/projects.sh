#!/usr/bin/env bash
# The project reads on the booking benchmark's data set (run bench/run.sh first to generate it in
# /tmp/coopole-bench), with 20 projects per pole added once; writes bench/project-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
exec mvn -Pbench -DskipTests test-compile exec:java -Dbench.main=org.coopole.bench.ProjectBenchmark "$@"
