#!/usr/bin/python3
"""Reference values for ClosenessScoresTest: closeness and harmonic estimated from fixed sources.

Run with Debian's interpreter (python3-networkx 2.8.8) from this directory:

    /usr/bin/python3 sampled_closeness_reference.py

The estimate (Eppstein and Wang 2004, per connected component): for a node v in a component of r
nodes, with S_v the given sources in that component other than v itself (k_v of them),

    D(v) ~ (r-1)/k_v * sum over s in S_v of d(s,v)
    H(v) ~ (r-1)/k_v * sum over s in S_v of 1/d(s,v)
    closeness(v) = ((r-1)/(n-1)) * ((r-1)/D(v))      (0 when D(v) = 0, as wf_improved=True)

and both 0 when k_v = 0. Distances from NetworkX's single_source_shortest_path_length. Writes
sampled_closeness_reference_values.csv with rows graph,sources,node,closeness,harmonic, and checks
that from every node as a source the estimate is NetworkX's closeness_centrality and
harmonic_centrality. Nothing here is copied from Brobygge's output.
"""
import csv

import networkx as nx

from sampled_betweenness_reference import graph, karate

SOURCES = {
    "karate": [["0"], ["0", "33"], ["2", "5", "11", "16", "24", "31"]],
    "florentine": [["Medici"], ["Albizzi", "Pazzi", "Strozzi"]],
    "disconnected": [["0", "11", "16"], ["3", "7", "9", "13", "15"], ["1", "10", "12", "14"]],
}


def estimate(g, sources):
    n = g.number_of_nodes()
    component = {}
    for nodes in nx.connected_components(g):
        for v in nodes:
            component[v] = nodes
    distance = {s: nx.single_source_shortest_path_length(g, s) for s in sources}
    closeness, harmonic = {}, {}
    for v in g:
        r = len(component[v])
        counted = [s for s in sources if s != v and s in component[v]]
        if not counted:
            closeness[v], harmonic[v] = 0.0, 0.0
            continue
        scale = (r - 1) / len(counted)
        d = scale * sum(distance[s][v] for s in counted)
        closeness[v] = ((r - 1) / (n - 1)) * ((r - 1) / d) if d > 0 else 0.0
        harmonic[v] = scale * sum(1 / distance[s][v] for s in counted)
    return closeness, harmonic


if __name__ == "__main__":
    with open("sampled_closeness_reference_values.csv", "w", newline="") as out:
        out.write(f"# NetworkX {nx.__version__}, written by sampled_closeness_reference.py\n")
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["graph", "sources", "node", "closeness", "harmonic"])
        for name, source_sets in SOURCES.items():
            g = karate() if name == "karate" else graph(name)
            for sources in source_sets:
                closeness, harmonic = estimate(g, sources)
                for node in g:
                    w.writerow([name, ";".join(sources), node, repr(closeness[node]), repr(harmonic[node])])
    # from every node as a source the estimate is NetworkX's own closeness and harmonic centrality
    for g in (karate(), graph("florentine"), graph("disconnected")):
        closeness, harmonic = estimate(g, list(g))
        exact_c = nx.closeness_centrality(g)
        exact_h = nx.harmonic_centrality(g)
        assert max(abs(exact_c[v] - closeness[v]) for v in g) < 1e-12
        assert max(abs(exact_h[v] - harmonic[v]) for v in g) < 1e-12
