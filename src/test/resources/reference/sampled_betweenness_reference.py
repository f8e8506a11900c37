#!/usr/bin/python3
"""Reference values for BrandesBetweennessTest: betweenness estimated from fixed pivot sets.

Run with Debian's interpreter (python3-networkx 2.8.8) from this directory:

    /usr/bin/python3 sampled_betweenness_reference.py

It reads the graphs of centrality_nodes.csv / centrality_graphs.csv (karate, florentine,
disconnected) and writes sampled_betweenness_reference_values.csv with rows
graph,pivots,node,value where pivots is a ';'-separated list of source nodes and value is the
Brandes-Pich estimate n/k * betweenness_centrality_subset(G, sources=pivots, targets=all,
normalized=False), NetworkX's own subset betweenness (which halves the sum on undirected
graphs). Nothing here is copied from Brobygge's output.
"""
import csv

import networkx as nx

PIVOTS = {
    "karate": [["0"], ["0", "33"], ["2", "5", "11", "16", "24", "31"], [str(i) for i in range(34)]],
    "florentine": [["Medici"], ["Albizzi", "Pazzi", "Strozzi"]],
    "disconnected": [["0", "11", "16"], ["3", "7", "9", "13", "15"]],
}


def rows(name):
    with open(name) as f:
        return [r for r in csv.reader(line for line in f if not line.startswith("#"))][1:]


def graph(name):
    g = nx.Graph()
    for r in rows("centrality_nodes.csv"):
        if r[0] == name:
            g.add_node(r[1])
    for r in rows("centrality_graphs.csv"):
        if r[0] == name:
            g.add_edge(r[1], r[2], weight=float(r[3]))
    return g


def karate():
    g = nx.Graph()
    g.add_nodes_from(str(i) for i in range(34))
    with open("karate.csv") as f:
        for r in csv.DictReader(f):
            g.add_edge(r["source"], r["target"], weight=float(r["weight"]))
    return g


if __name__ == "__main__":
    with open("sampled_betweenness_reference_values.csv", "w", newline="") as out:
        out.write(f"# NetworkX {nx.__version__}, written by sampled_betweenness_reference.py\n")
        w = csv.writer(out, lineterminator="\n")
        w.writerow(["graph", "pivots", "node", "value"])
        for name, pivot_sets in PIVOTS.items():
            g = karate() if name == "karate" else graph(name)
            n = g.number_of_nodes()
            for pivots in pivot_sets:
                subset = nx.betweenness_centrality_subset(g, sources=pivots, targets=list(g), normalized=False)
                for node in g:
                    w.writerow([name, ";".join(pivots), node, repr(subset[node] * n / len(pivots))])
        # the full pivot set must reproduce exact betweenness
        g = karate()
        exact = nx.betweenness_centrality(g, normalized=False)
        full = nx.betweenness_centrality_subset(g, sources=list(g), targets=list(g), normalized=False)
        assert max(abs(exact[v] - full[v]) for v in g) < 1e-9
