#!/usr/bin/env bash
# Reruns the registry benchmark: synthetic data of 1,000,000 rooms, 300,000 staff and 20,000 agencies
# in a fresh embedded PostgreSQL, property-service as a process, reports timed against their bare
# SQL and the bulk import against COPY. Results go to docs/benchmark-results.md.
#   benchmarks/run.sh [rooms] [staff] [agencies]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f property-service/target/quarkus-app/quarkus-run.jar ] || [ ! -f benchmarks/target/classpath.txt ]; then
  ./mvnw -B -q install -DskipTests
fi
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Donenetwork.root="$PWD" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" cn.onenetwork.bench.RegistryBenchmark "$@"
