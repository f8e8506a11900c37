#!/usr/bin/env bash
# Brobygge's per-actor measures against igraph on the same generated network, in one run, one
# after the other on this machine (issue 11): prints each step's two times and their ratio.
#   bench/compare-igraph.sh [actors ties seed]     (default 100000 1000000 7)
# Installs Debian's python3-igraph if it is missing. Uses Debian's /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")/.."
actors=${1:-100000}
ties=${2:-1000000}
seed=${3:-7}

if ! /usr/bin/python3 -c 'import igraph' 2>/dev/null; then
  as_root=()
  [ "$(id -u)" -eq 0 ] || as_root=(sudo)
  "${as_root[@]}" apt-get install -y -q --no-install-recommends python3-igraph >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
echo "Generating $actors actors, $ties ties, seed $seed into $work"
./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.BrobyggeApplication \
  -Dbench.args="generate --out $work/net --actors $actors --ties $ties --seed $seed" >/dev/null

echo "Brobygge (CentralityBenchmark, the same generator and seed)..."
./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.bench.CentralityBenchmark \
  -Dbench.args="$actors $ties $seed true" | tee "$work/java.txt"
echo "igraph..."
/usr/bin/python3 bench/igraph_bench.py "$work/net" | tee "$work/igraph.txt"

/usr/bin/python3 - "$work/java.txt" "$work/igraph.txt" <<'PY'
import re, sys
java = {}
for line in open(sys.argv[1]):
    m = re.match(r"\s+(.+?)\s+([0-9.]+) s", line)
    if m:
        java[m.group(1).strip()] = float(m.group(2))
print()
print(f"{'step':<22}{'Brobygge':>10}{'igraph':>10}{'ratio':>9}")
for line in open(sys.argv[2]):
    parts = line.rsplit(" ", 1)
    if len(parts) != 2 or parts[0] not in java:
        continue
    name, seconds = parts[0], float(parts[1])
    ratio = java[name] / seconds if seconds > 0 else float("inf")
    print(f"{name:<22}{java[name]:>9.3f}s{seconds:>9.3f}s{ratio:>8.1f}x")
PY
