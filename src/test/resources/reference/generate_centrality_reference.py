#!/usr/bin/python3
"""Reference values for CentralityMeasuresTest that are not in karate_reference_values.csv.

Run with Debian's interpreter (it sees python3-networkx 2.8.8, numpy, scipy):

    /usr/bin/python3 generate_centrality_reference.py

from this directory. It reads karate.csv and writes
  centrality_graphs.csv            graph,source,target,weight  (the extra graphs' ties)
  centrality_nodes.csv             graph,node                  (every node, isolated ones too)
  centrality_reference_values.csv  graph,measure,node,value    (NetworkX's values)
Only NetworkX/numpy compute the values here; nothing is copied from Brobygge's output.
"""
import csv
import sys

import networkx as nx
import numpy as np

TIGHT = dict(tol=1e-13, max_iter=100000)
KATZ_ALPHA = 0.1
KATZ_ALPHA_SHARE = 0.5  # Brobygge's default: alpha = 0.5 / lambda_max


def karate():
    g = nx.Graph()
    with open("karate.csv") as f:
        for row in csv.DictReader(f):
            g.add_edge(row["source"], row["target"], weight=float(row["weight"]))
    return g


def florentine():
    g = nx.Graph()
    for u, v in nx.florentine_families_graph().edges():
        g.add_edge(u, v, weight=1.0)
    return g


def disconnected():
    """Krackhardt's kite (0-9), a weighted path 10-11-12, a weighted triangle 13-14-15, isolate 16."""
    g = nx.Graph()
    g.add_edges_from(nx.krackhardt_kite_graph().edges(), weight=1.0)
    g.add_edge(10, 11, weight=2.0)
    g.add_edge(11, 12, weight=3.0)
    g.add_edge(13, 14, weight=1.0)
    g.add_edge(14, 15, weight=4.0)
    g.add_edge(13, 15, weight=2.0)
    g.add_node(16)
    return nx.relabel_nodes(g, str)


def largest_eigenvalue(g):
    return max(np.linalg.eigvalsh(nx.to_numpy_array(g, weight=None)))


def katz(g, alpha):
    iterative = nx.katz_centrality(g, alpha=alpha, beta=1.0, normalized=True, **TIGHT)
    exact = nx.katz_centrality_numpy(g, alpha=alpha, beta=1.0, normalized=True)
    check(iterative, exact, "katz")
    return iterative


def eigenvector(g):
    exact = nx.eigenvector_centrality_numpy(g)
    exact = {v: abs(x) for v, x in exact.items()}  # ARPACK may return the negated vector
    iterative = nx.eigenvector_centrality(g, **TIGHT)
    check(iterative, exact, "eigenvector")
    return iterative


def check(a, b, what):
    worst = max(abs(a[v] - b[v]) for v in a)
    if worst > 1e-9:
        sys.exit(f"{what}: iterative and exact NetworkX values differ by {worst}")


def measures(g):
    n = g.number_of_nodes()
    lam = largest_eigenvalue(g)
    ev = eigenvector(g)
    top = max(ev.values())
    harmonic = nx.harmonic_centrality(g)
    effective = nx.effective_size(g, weight="weight")
    return {
        "degree": dict(g.degree()),
        "strength": dict(g.degree(weight="weight")),
        "degree_centrality": nx.degree_centrality(g),
        "betweenness": nx.betweenness_centrality(g, normalized=False),
        "betweenness_normalized": nx.betweenness_centrality(g, normalized=True),
        "closeness": nx.closeness_centrality(g),  # wf_improved=True
        "harmonic": harmonic,
        "harmonic_normalized": {v: h / (n - 1) for v, h in harmonic.items()},
        "pagerank": nx.pagerank(g, alpha=0.85, weight=None, **TIGHT),
        "pagerank_weighted": nx.pagerank(g, alpha=0.85, weight="weight", **TIGHT),
        "pagerank_0.5": nx.pagerank(g, alpha=0.5, weight=None, **TIGHT),
        "eigenvector": ev,
        "eigenvector_max1": {v: x / top for v, x in ev.items()},
        f"katz_alpha_{KATZ_ALPHA}": katz(g, KATZ_ALPHA),
        "katz_default": katz(g, KATZ_ALPHA_SHARE / lam),
        "clustering": nx.clustering(g),
        "coreness": nx.core_number(g),
        # Burt, weighted; NetworkX gives nan for an isolate, and so does efficiency here
        "constraint": nx.constraint(g, weight="weight"),
        "effective_size": effective,
        "efficiency": {
            v: effective[v] / g.degree(v) if g.degree(v) else float("nan") for v in g
        },
    }


def main():
    graphs = {"karate": karate(), "florentine": florentine(), "disconnected": disconnected()}
    header = (
        f"# NetworkX {nx.__version__}, numpy {np.__version__} (Debian python3-networkx), "
        "written by generate_centrality_reference.py\n"
    )
    with open("centrality_graphs.csv", "w", newline="") as f:
        f.write(header)
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["graph", "source", "target", "weight"])
        for name, g in graphs.items():
            if name == "karate":
                continue  # karate.csv holds it
            for u, v, d in g.edges(data=True):
                w.writerow([name, u, v, d["weight"]])
    with open("centrality_nodes.csv", "w", newline="") as f:
        f.write(header)
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["graph", "node"])
        for name, g in graphs.items():
            for v in g.nodes():
                w.writerow([name, v])
    with open("centrality_reference_values.csv", "w", newline="") as f:
        f.write(header)
        f.write(
            "# calls: nx.degree/degree(weight='weight'), degree_centrality, "
            "betweenness_centrality(normalized=False|True), closeness_centrality (wf_improved), "
            "harmonic_centrality (normalized: /(n-1)), pagerank(alpha, weight=None|'weight', "
            "tol=1e-13), eigenvector_centrality(tol=1e-13) checked against "
            "eigenvector_centrality_numpy, katz_centrality(alpha, beta=1, normalized=True, "
            "tol=1e-13) checked against katz_centrality_numpy, clustering, core_number, "
            "constraint(weight='weight'), effective_size(weight='weight'), efficiency = "
            "effective_size / degree (NaN: undefined, an isolate)\n"
        )
        f.write(
            f"# katz_default: alpha = {KATZ_ALPHA_SHARE} / largest eigenvalue of the 0/1 "
            "adjacency matrix (numpy.linalg.eigvalsh)\n"
        )
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["graph", "measure", "node", "value"])
        for name, g in graphs.items():
            for measure, values in measures(g).items():
                for v in g.nodes():
                    x = float(values[v])
                    w.writerow([name, measure, v, "NaN" if x != x else repr(x)])


if __name__ == "__main__":
    main()
