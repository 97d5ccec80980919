#!/usr/bin/env bash
# Reruns the edge benchmark: the same read endpoint directly, through Debian's nginx and through the gateway, with wrk and
# 2,000 distinct callers, interleaved. Installs wrk and nginx with apt-get when they are missing. Results go to
# docs/edge-benchmark.md.
#   benchmarks/edge.sh [rounds] [seconds] [warm-up seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  apt-get install -y wrk nginx
fi
if [ ! -f gateway/target/quarkus-app/quarkus-run.jar ] || [ ! -f property-service/target/quarkus-app/quarkus-run.jar ] || [ ! -f benchmarks/target/classpath.txt ]; then
  ./mvnw -B -q install -DskipTests
fi
exec java -Djava.util.logging.manager=org.jboss.logmanager.LogManager -Donenetwork.root="$PWD" \
  -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" cn.onenetwork.bench.EdgeBenchmark "$@"
