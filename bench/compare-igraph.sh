#!/usr/bin/env bash
# Brobygge's per-actor measures against igraph on the same generated network, in one run, one
# after the other on this machine (issue 11): prints each step's two times and their ratio.
#   bench/compare-igraph.sh [actors ties seed [betweenness-actors]]   (default 100000 1000000 7 10000)
# Exact betweenness (igraph has no betweenness from a subset of sources) is compared on the
# generator's network of betweenness-actors actors and ten times as many ties, one thread each,
# in total and per pivot (per source of Brandes' algorithm); NetworkX's sampled betweenness
# (k=100 pivots) per pivot beside it.
# Installs Debian's python3-igraph if it is missing. Uses Debian's /usr/bin/python3.
set -euo pipefail
cd "$(dirname "$0")/.."
actors=${1:-100000}
ties=${2:-1000000}
seed=${3:-7}
small=${4:-10000}

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
./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.BrobyggeApplication \
  -Dbench.args="generate --out $work/small --actors $small --ties $((small * 10)) --seed $seed" >/dev/null

echo "Brobygge (CentralityBenchmark, the same generator and seed)..."
./mvnw -q -B test-compile exec:exec -Dbench.main=org.brobygge.bench.CentralityBenchmark \
  -Dbench.args="$actors $ties $seed true $small" | tee "$work/java.txt"
echo "igraph..."
/usr/bin/python3 bench/igraph_bench.py "$work/net" "$work/small" | tee "$work/igraph.txt"

/usr/bin/python3 - "$work/java.txt" "$work/igraph.txt" <<'PY'
import re, sys
java = {}
for line in open(sys.argv[1]):
    m = re.match(r"\s+(.+?)\s+([0-9.]+) s", line)
    if m:
        java[m.group(1).strip()] = float(m.group(2))
print()


def shown(seconds):
    return f"{seconds * 1000:.2f} ms" if seconds < 0.1 else f"{seconds:.3f} s"


print(f"{'step':<40}{'Brobygge':>11}{'igraph':>11}{'ratio':>8}")
for line in open(sys.argv[2]):
    parts = line.rsplit(" ", 1)
    if len(parts) != 2 or not re.fullmatch(r"[0-9.]+\s*", parts[1]):
        continue
    name, seconds = parts[0], float(parts[1])
    ours = name.removesuffix(" (NetworkX)")  # NetworkX's line: against ours on the same network
    if ours not in java:
        continue
    ratio = java[ours] / seconds if seconds > 0 else float("inf")
    print(f"{name:<40}{shown(java[ours]):>11}{shown(seconds):>11}{ratio:>7.2f}x")
PY
