"""The per-actor measures and the network summary in igraph on a native ties.csv, for
bench/compare-igraph.sh: the same simple undirected graph as Brobygge's (parallel ties of any kind
merged, weights summed, self-ties dropped; every actor of actors.csv a vertex, tied or not).
Prints one line per step: its name and seconds, single-threaded.

    igraph_bench.py NETWORK [SMALL_NETWORK [NX_PIVOTS]]

With SMALL_NETWORK (the 10,000-actor network) it also times exact betweenness there (igraph's
Brandes, one thread; also per pivot, the total over the number of actors) and NetworkX's sampled
betweenness_centrality(k=NX_PIVOTS, seed=7) per pivot (default 100 pivots). igraph has no Katz
centrality: "katz" is igraph's eigenvalue (for alpha = 0.5 / lambda_max, as Brobygge's default)
and then the same iteration x <- alpha A x + 1 from 0 with scipy.sparse, to the same tolerance."""
import csv
import sys
import time

import igraph as ig



def read(folder):
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
    graph = ig.Graph(n=len(ids), edges=edges, directed=False)
    graph.es["weight"] = [weights[e] for e in edges]
    print(f"igraph {ig.__version__}: {graph.vcount()} actors, {graph.ecount()} merged ties", flush=True)
    return graph


def katz(graph):
    """Brobygge's default Katz: alpha = 0.5 / lambda_max, x <- alpha A x + 1 from x = 0 until no
    entry moves by 1e-12, then |x|_2 = 1. lambda_max from igraph (ARPACK)."""
    import numpy as np
    import scipy.sparse as sp

    _, eigenvalue = graph.eigenvector_centrality(scale=False, return_eigenvalue=True)
    alpha = 0.5 / eigenvalue
    edges = np.array(graph.get_edgelist(), dtype=np.int64).reshape(-1, 2)
    n = graph.vcount()
    rows = np.concatenate([edges[:, 0], edges[:, 1]])
    cols = np.concatenate([edges[:, 1], edges[:, 0]])
    a = sp.csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    x = np.zeros(n)
    while True:
        nxt = alpha * (a @ x) + 1.0
        change = np.abs(nxt - x).max()
        x = nxt
        if change < 1e-12:
            break
    return x / np.linalg.norm(x)


folder = sys.argv[1]
g = read(folder)


def timed(name, step):
    start = time.perf_counter()
    step()
    seconds = time.perf_counter() - start
    print(f"{name} {seconds:.6f}", flush=True)
    return seconds


timed("pagerank", lambda: g.pagerank(damping=0.85))
timed("pagerank_weighted", lambda: g.pagerank(damping=0.85, weights="weight"))
timed("coreness", lambda: g.coreness())
timed("clustering", lambda: g.transitivity_local_undirected(mode="zero"))
timed("eigenvector", lambda: g.eigenvector_centrality(scale=False))
timed(
    "network summary",
    lambda: (g.connected_components(), g.bridges(), g.articulation_points(), g.density()),
)
timed("katz", lambda: katz(g))

if len(sys.argv) > 2:
    small = read(sys.argv[2])
    n = small.vcount()
    exact = timed(f"betweenness exact, {n:,} actors", lambda: small.betweenness(directed=False))
    print(f"betweenness per pivot, {n:,} actors {exact / n:.6f}", flush=True)
    import networkx as nx

    k = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    h = nx.Graph()
    h.add_nodes_from(range(n))
    h.add_edges_from(small.get_edgelist())
    start = time.perf_counter()
    nx.betweenness_centrality(h, k=k, normalized=False, seed=7)
    seconds = time.perf_counter() - start
    print(f"# NetworkX {nx.__version__} betweenness_centrality(k={k}, seed=7): {seconds:.3f} s", flush=True)
    print(f"betweenness per pivot, {n:,} actors (NetworkX) {seconds / k:.6f}", flush=True)
