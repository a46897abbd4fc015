#!/usr/bin/env bash
# The messaging benchmark: demo data plus 500 conversations and 20 000 messages, generated once (kept in
# /tmp/coopole-bench-messaging, or -Dcoopole.bench.dir=...), then two nodes; writes bench/messaging-results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
exec mvn -Pbench -DskipTests test-compile exec:java -Dbench.main=org.coopole.bench.MessagingBenchmark "$@"
