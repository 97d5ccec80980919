#!/usr/bin/env bash
# Reruns the repair reserve benchmark: a region's reserve of 20,000 established projects scored and planned against a
# budget by maintenance-service, beside the bare SQL that reads the same rows. Results go to docs/reserve-benchmark.md.
#   benchmarks/reserve.sh [projects]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f maintenance-service/target/quarkus-app/quarkus-run.jar ] || [ ! -f benchmarks/target/classpath.txt ]; then
  ./mvnw -B -q install -DskipTests
fi
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Donenetwork.root="$PWD" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" cn.onenetwork.bench.ReserveBenchmark "$@"
