#!/usr/bin/env bash
# The README's first command timed: from launching ./mvnw spring-boot:run on an empty embedded
# database to the first answer of GET /api/ecosystems listing the sample; Maven's part is the
# total less the app's "process running for". Usage: bench/startup-run.sh [runs]
# (bench/startup.sh measures the packaged jar instead.) Free ports, data dir under /tmp.
# KEEP_LOGS=/tmp/prefix keeps each run's app log as /tmp/prefix.N.log.
# The app JVM keeps a class data sharing archive in target/run/app.jsa (pom.xml): a run that finds
# none (the first after a build) records one and writes it when stopped; each line says which, and
# how long the stop took. NO_ARCHIVE=1 deletes the archive before each run.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
./mvnw -q -B test-compile >/dev/null
for run in $(seq 1 "$runs"); do
  port=$((20000 + RANDOM % 20000))
  data=$(mktemp -d)
  [ -n "${NO_ARCHIVE:-}" ] && rm -f target/run/app.jsa
  if [ -s target/run/app.jsa ]; then archive="class archive found"; else archive="no class archive"; fi
  start=$(date +%s.%N)
  setsid ./mvnw -q -B spring-boot:run -Dspring-boot.run.arguments="--server.port=$port \
--brobygge.embedded.data-dir=$data/neo4j --brobygge.embedded.bolt-port=0" > "$data/app.log" 2>&1 &
  pid=$!
  until body=$(curl -sf "http://localhost:$port/api/ecosystems") && [ "${#body}" -gt 2 ]; do
    if ! kill -0 $pid 2>/dev/null; then echo "app died, see $data/app.log" >&2; exit 1; fi
    sleep 0.1
  done
  total=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')
  app=$(sed -n 's/.*process running for \([0-9.]*\)).*/\1/p' "$data/app.log")
  neo4j_ms=$(sed -n 's/.*Embedded Neo4j started in \([0-9]*\) ms.*/\1/p' "$data/app.log")
  import_ms=$(sed -n 's/.*Sample ecosystem loaded from .* in \([0-9]*\) ms.*/\1/p' "$data/app.log")
  load=$(uptime | sed 's/.*load/load/')
  stop_start=$(date +%s.%N)
  kill -TERM -- -"$pid"; wait "$pid" 2>/dev/null || true
  stop=$(awk -v a="$stop_start" -v b="$(date +%s.%N)" 'BEGIN{print b-a}')
  printf 'run %d: first answer after %.1f s (Maven part %.1f s, Neo4j start %s ms, sample import %s ms; %s, stop %.1f s; %s)\n' \
    "$run" "$total" "$(awk -v t="$total" -v a="$app" 'BEGIN{print t-a}')" "$neo4j_ms" "$import_ms" \
    "$archive" "$stop" "$load"
  [ -n "${KEEP_LOGS:-}" ] && cp "$data/app.log" "$KEEP_LOGS.$run.log"; rm -rf "$data"
done
