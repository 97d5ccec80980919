#!/usr/bin/env bash
# Reruns the recommender benchmark (ADR 8): the room recommender against first-fit and Timefold Solver on the same
# generated pools of 5,000 rooms in 100 buildings, for 40 staff. Results go to docs/recommender-benchmark.md.
#   benchmarks/recommender.sh [pools] [timefold-seconds]
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f benchmarks/target/classpath.txt ] || [ ! -f allocation-service/target/allocation-service-0.1.0-SNAPSHOT.jar ]; then
  ./mvnw -B -q install -DskipTests
fi
exec java -Donenetwork.root="$PWD" -cp "benchmarks/target/classes:$(cat benchmarks/target/classpath.txt)" cn.onenetwork.bench.RecommenderBenchmark "$@"
