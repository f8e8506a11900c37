"""The per-actor measures and the network summary in igraph on a native ties.csv, for
bench/compare-igraph.sh: the same simple undirected graph as Brobygge's (parallel ties of any kind
merged, weights summed, self-ties dropped; every actor of actors.csv a vertex, tied or not).
Prints one line per step: its name and seconds, single-threaded."""
import csv
import sys
import time

import igraph as ig

folder = sys.argv[1]
with open(f"{folder}/actors.csv", newline="", encoding="utf-8") as f:
    ids = [row["id"] for row in csv.DictReader(f)]
index = {a: i for i, a in enumerate(ids)}
weights = {}
with open(f"{folder}/ties.csv", newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        a, b = index[row["from"]], index[row["to"]]
        if a == b:
            continue
        key = (a, b) if a < b else (b, a)
        weights[key] = weights.get(key, 0.0) + float(row["weight"])
edges = list(weights)
g = ig.Graph(n=len(ids), edges=edges, directed=False)
g.es["weight"] = [weights[e] for e in edges]
print(f"igraph {ig.__version__}: {g.vcount()} actors, {g.ecount()} merged ties", flush=True)


def timed(name, step):
    start = time.perf_counter()
    step()
    print(f"{name} {time.perf_counter() - start:.3f}", flush=True)


timed("pagerank", lambda: g.pagerank(damping=0.85))
timed("pagerank_weighted", lambda: g.pagerank(damping=0.85, weights="weight"))
timed("coreness", lambda: g.coreness())
timed("clustering", lambda: g.transitivity_local_undirected(mode="zero"))
timed("eigenvector", lambda: g.eigenvector_centrality(scale=False))
timed(
    "network summary",
    lambda: (g.connected_components(), g.bridges(), g.articulation_points(), g.density()),
)
