#!/usr/bin/python3
"""Reference values for BrandesBetweennessTest: the linearly scaled betweenness estimate.

Run with Debian's interpreter (python3-networkx 2.8.8) from this directory:

    /usr/bin/python3 sampled_betweenness_linear_reference.py

Geisberger, Sanders and Schultes (2008, "Better approximation of betweenness centrality"),
linear scaling on an undirected graph: from pivots P (k of n nodes), the estimate of v is

    n/k * sum over s in P, t != s, of (share of the shortest s-t paths through v) * d(s,v)/d(s,t)

Computed here the slow, literal way: every shortest path between s and t enumerated by
NetworkX's all_shortest_paths, the share of v counted from them. Writes
sampled_betweenness_linear_reference_values.csv with rows graph,pivots,node,value for the same
graphs and pivot sets as sampled_betweenness_reference.py. Nothing here is copied from
Brobygge's output.
"""
import csv

import networkx as nx

from sampled_betweenness_reference import PIVOTS, graph, karate


def linear_scaled(g, pivots):
    n = g.number_of_nodes()
    value = {v: 0.0 for v in g}
    for s in pivots:
        distance = nx.single_source_shortest_path_length(g, s)
        for t, d_st in distance.items():
            if t == s:
                continue
            paths = list(nx.all_shortest_paths(g, s, t))
            through = {}
            for path in paths:
                for v in path[1:-1]:
                    through[v] = through.get(v, 0) + 1
            for v, count in through.items():
                value[v] += count / len(paths) * distance[v] / d_st
    return {v: x * n / len(pivots) for v, x in value.items()}


if __name__ == "__main__":
    with open("sampled_betweenness_linear_reference_values.csv", "w", newline="") as out:
        out.write(f"# NetworkX {nx.__version__}, written by sampled_betweenness_linear_reference.py\n")
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["graph", "pivots", "node", "value"])
        for name, pivot_sets in PIVOTS.items():
            g = karate() if name == "karate" else graph(name)
            for pivots in pivot_sets:
                estimate = linear_scaled(g, pivots)
                for node in g:
                    w.writerow([name, ";".join(pivots), node, repr(estimate[node])])
        # from every node as a pivot the linear scaling is exact betweenness
        for g in (karate(), graph("florentine"), graph("disconnected")):
            exact = nx.betweenness_centrality(g, normalized=False)
            full = linear_scaled(g, list(g))
            assert max(abs(exact[v] - full[v]) for v in g) < 1e-9
