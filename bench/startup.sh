#!/usr/bin/env bash
# Measures the README's first experience: from launching the app on an empty embedded database
# to the first answer of GET /api/ecosystems with the sample loaded. Also prints the sample's
# import time as the app logged it. Usage: bench/startup.sh [runs]   (needs JAVA_HOME >= 21)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
./mvnw -q -B package -DskipTests -Dspotless.check.skip=true
jar=$(ls target/brobygge-*.jar | grep -v plain | head -1)
port=18080
for run in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  log="$data/app.log"
  start=$(date +%s.%N)
  "$JAVA_HOME/bin/java" --enable-native-access=ALL-UNNAMED -jar "$jar" \
    --server.port=$port --brobygge.embedded.data-dir="$data/neo4j" --brobygge.embedded.bolt-port=0 \
    > "$log" 2>&1 &
  pid=$!
  until body=$(curl -sf "http://localhost:$port/api/ecosystems") && [ "${#body}" -gt 2 ]; do
    if ! kill -0 $pid 2>/dev/null; then echo "app died, see $log" >&2; exit 1; fi
    sleep 0.1
  done
  end=$(date +%s.%N)
  import_ms=$(sed -n 's/.*Sample ecosystem loaded from .* in \([0-9]*\) ms.*/\1/p' "$log")
  neo4j_ms=$(sed -n 's/.*Embedded Neo4j started in \([0-9]*\) ms.*/\1/p' "$log")
  printf 'run %d: first answer after %.1f s (embedded Neo4j start %s ms, sample import %s ms)\n' \
    "$run" "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')" "$neo4j_ms" "$import_ms"
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$data"
done
