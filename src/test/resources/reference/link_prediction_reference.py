#!/usr/bin/python3
"""Reference values for LinkPredictionIndexTest.

Run with Debian's interpreter (it sees python3-networkx 2.8.8) from this directory:

    /usr/bin/python3 link_prediction_reference.py

It reads karate.csv and writes
  link_prediction_graphs.csv            graph,source,target   (the other graphs' ties, 0-based ids)
  link_prediction_nodes.csv             graph,nodes           (node count, isolated nodes included)
  link_prediction_reference_values.csv  graph,index,u,v,value (NetworkX's values for EVERY pair u < v,
                                                               tied or not)
Indices: resource_allocation (nx.resource_allocation_index), adamic_adar (nx.adamic_adar_index),
jaccard (nx.jaccard_coefficient, 0 when neither node has a neighbour), common_neighbours
(len(nx.common_neighbors)). Graphs: karate (karate.csv, weights ignored as NetworkX's indices
ignore them), florentine (nx.florentine_families_graph(), nodes numbered in sorted name order),
small (a path 0-1-2-3, a triangle 4-5-6 with a pendant 7 on 6, the isolated nodes 8 and 9).
Only NetworkX computes the values; nothing is copied from Brobygge's output.
"""
import csv
import itertools
import sys

import networkx as nx


def karate():
    g = nx.Graph()
    g.add_nodes_from(range(34))
    for r in csv.DictReader(open("karate.csv")):
        g.add_edge(int(r["source"]), int(r["target"]))
    return g


def florentine():
    f = nx.florentine_families_graph()
    names = sorted(f.nodes())
    return nx.relabel_nodes(f, {name: i for i, name in enumerate(names)})


def small():
    g = nx.Graph()
    g.add_nodes_from(range(10))
    g.add_edges_from([(0, 1), (1, 2), (2, 3), (4, 5), (5, 6), (4, 6), (6, 7)])
    return g


INDICES = {
    "resource_allocation": nx.resource_allocation_index,
    "adamic_adar": nx.adamic_adar_index,
    "jaccard": nx.jaccard_coefficient,
}


def main():
    graphs = {"karate": karate(), "florentine": florentine(), "small": small()}
    with open("link_prediction_graphs.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["graph", "source", "target"])
        for name in ("florentine", "small"):
            for u, v in sorted(tuple(sorted(e)) for e in graphs[name].edges()):
                w.writerow([name, u, v])
    with open("link_prediction_nodes.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["graph", "nodes"])
        for name, g in graphs.items():
            w.writerow([name, g.number_of_nodes()])
    with open("link_prediction_reference_values.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        f.write("# NetworkX %s, Python %s, written by link_prediction_reference.py\n"
                % (nx.__version__, sys.version.split()[0]))
        w.writerow(["graph", "index", "u", "v", "value"])
        for name, g in graphs.items():
            pairs = list(itertools.combinations(sorted(g.nodes()), 2))
            for index, function in INDICES.items():
                for u, v, p in function(g, pairs):
                    w.writerow([name, index, u, v, repr(float(p))])
            for u, v in pairs:
                w.writerow([name, "common_neighbours", u, v,
                            repr(float(len(list(nx.common_neighbors(g, u, v)))))])


if __name__ == "__main__":
    main()
