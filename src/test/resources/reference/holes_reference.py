#!/usr/bin/python3
"""Reference values for StructuralHoles, Brokerage and GroupMixing beyond the shared karate files.

Run with Debian's NetworkX (apt-get install python3-networkx; /usr/bin/python3 holes_reference.py)
from this directory. Writes holes_reference_values.csv (graph,measure,node,value) with the versions
in a '#' header line, and the edge lists of the graphs it uses (<graph>_edges.csv, 0-based ids in
NetworkX's node order).

Burt's measures and attribute assortativity come from NetworkX. NetworkX has no Gould-Fernandez
brokerage, E-I index or block density: those are computed here by brute force straight from their
definitions (every ordered pair of neighbours, every pair of vertices), independently of the Java
code, which counts from group sizes and subtracts triangles. Likewise the helix mutual information
(NetworkX has none): T = sum over non-empty subsets S of the dimensions of (-1)^(|S|+1) H(S), in bits,
with one unit per vertex, the groups present in its closed neighbourhood.
"""
import csv
import itertools
import math
import platform
import sys

import networkx as nx


def karate():
    g = nx.Graph()
    for r in csv.DictReader(open("karate.csv")):
        g.add_edge(int(r["source"]), int(r["target"]), weight=float(r["weight"]))
    return g


def relabel(g):
    index = {v: i for i, v in enumerate(g.nodes())}
    return nx.relabel_nodes(g, index)


def write_edges(name, g):
    with open(f"{name}_edges.csv", "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["source", "target", "weight"])
        for u, v, d in sorted(g.edges(data=True)):
            w.writerow([min(u, v), max(u, v), repr(float(d.get("weight", 1.0)))])


def brokerage(g, group):
    out = {}
    for b in g:
        counts = dict.fromkeys(
            ["coordinator", "itinerant", "gatekeeper", "representative", "liaison"], 0)
        for a in g[b]:
            for c in g[b]:
                if a == c or g.has_edge(a, c):
                    continue
                ga, gb, gc = group[a], group[b], group[c]
                if ga == gb == gc:
                    counts["coordinator"] += 1
                elif ga == gc:
                    counts["itinerant"] += 1
                elif ga == gb:
                    counts["representative"] += 1
                elif gb == gc:
                    counts["gatekeeper"] += 1
                else:
                    counts["liaison"] += 1
        out[b] = counts
    return out


rows = []


def add(graph, measure, node, value):
    rows.append((graph, measure, node, repr(float(value))))


def burt(name, g, weighted):
    w = "weight" if weighted else None
    suffix = "_weighted" if weighted else ""
    c = nx.constraint(g, weight=w)
    e = nx.effective_size(g, weight=w)
    for v in sorted(g):
        add(name, "constraint" + suffix, v, c[v])
        add(name, "effective_size" + suffix, v, e[v])
        add(name, "efficiency" + suffix, v, e[v] / g.degree(v))


def mixing(name, g, group, groups):
    nx.set_node_attributes(g, group, "group")
    add(name, "attribute_assortativity", "", nx.attribute_assortativity_coefficient(g, "group"))
    size = {k: sum(1 for v in g if group[v] == k) for k in groups}
    ties = {(h, k): 0 for h in groups for k in groups}
    for u, v in g.edges():
        ties[(group[u], group[v])] += 1
        if group[u] != group[v]:
            ties[(group[v], group[u])] += 1
    external = sum(1 for u, v in g.edges() if group[u] != group[v])
    internal = g.number_of_edges() - external
    add(name, "ei_index", "", (external - internal) / (external + internal))
    for h in groups:
        e = sum(ties[(h, k)] for k in groups if k != h)
        i = ties[(h, h)]
        add(name, "ei_index_group", h, (e - i) / (e + i) if e + i else math.nan)
        for k in groups:
            pairs = size[h] * (size[h] - 1) / 2 if h == k else size[h] * size[k]
            add(name, f"block_density_{h}", k, ties[(h, k)] / pairs if pairs else math.nan)
    for v in sorted(g):
        e = sum(1 for u in g[v] if group[u] != group[v])
        d = g.degree(v)
        add(name, "ei_index_actor", v, (2 * e - d) / d if d else math.nan)
    for v, counts in sorted(brokerage(g, group).items()):
        for role, n in counts.items():
            add(name, "brokerage_" + role, v, n)


k = karate()
burt("karate", k, weighted=True)

florentine = relabel(nx.florentine_families_graph())
write_edges("florentine", florentine)
burt("florentine", florentine, weighted=False)

lesmis = relabel(nx.les_miserables_graph())
write_edges("lesmis", lesmis)
burt("lesmis", lesmis, weighted=False)
burt("lesmis", lesmis, weighted=True)
# three groups so that every role, liaison included, occurs: vertex mod 3
mixing("lesmis", lesmis, {v: v % 3 for v in lesmis}, [0, 1, 2])



def helix(name, g, group, k):
    units = [frozenset({group[v]} | {group[u] for u in g[v]}) for v in sorted(g)]
    t = 0.0
    for size in range(1, k + 1):
        for subset in itertools.combinations(range(k), size):
            counts = {}
            for unit in units:
                key = tuple(d in unit for d in subset)
                counts[key] = counts.get(key, 0) + 1
            h = -sum(c / len(units) * math.log2(c / len(units)) for c in counts.values())
            add(name, "helix_entropy", "".join(map(str, subset)), h)
            t += (-1) ** (size + 1) * h
    add(name, "helix_mutual_information", "", t)


helix("lesmis", lesmis, {v: v % 4 for v in lesmis}, 4)

with open("holes_reference_values.csv", "w", newline="") as f:
    f.write(f"# networkx {nx.__version__}, python {platform.python_version()}, {sys.executable}\n")
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["graph", "measure", "node", "value"])
    w.writerows(rows)
