"""Reference values for CommunityDetectionTest and PartitionComparisonTest.

Run with Debian's packages: /usr/bin/python3 communities_reference.py > communities_reference_values.csv
(python3-networkx 2.8.8, python3-sklearn 1.2.1). Modularity is NetworkX's, unweighted
(weight=None); NMI is sklearn's normalized_mutual_info_score (arithmetic mean) and ARI its
adjusted_rand_score, each cross-checked against the short independent formulas below.
"""
import csv
import math
import os
from collections import Counter
from itertools import combinations

import networkx as nx
from networkx.algorithms.community import greedy_modularity_communities, modularity
from sklearn.metrics import adjusted_rand_score, normalized_mutual_info_score

HERE = os.path.dirname(os.path.abspath(__file__))


def karate():
    g = nx.Graph()
    g.add_nodes_from(range(34))
    with open(os.path.join(HERE, "karate.csv")) as f:
        for row in csv.DictReader(f):
            g.add_edge(int(row["source"]), int(row["target"]))
    with open(os.path.join(HERE, "karate_nodes.csv")) as f:
        clubs = {int(r["id"]): r["club"] for r in csv.DictReader(f)}
    return g, [clubs[i] for i in range(34)]


def nmi(a, b):
    """Mutual information over the arithmetic mean of the entropies (natural logs)."""
    n = len(a)
    ca, cb, cab = Counter(a), Counter(b), Counter(zip(a, b))
    if len(ca) == len(cb) == 1:
        return 1.0
    h = lambda c: -sum(k / n * math.log(k / n) for k in c.values())
    mi = sum(k / n * math.log(k * n / (ca[x] * cb[y])) for (x, y), k in cab.items())
    return 0.0 if mi == 0 else mi / ((h(ca) + h(cb)) / 2)


def ari(a, b):
    """Hubert and Arabie's index from pair counts."""
    pairs = lambda c: sum(k * (k - 1) / 2 for k in c.values())
    index = pairs(Counter(zip(a, b)))
    sa, sb, total = pairs(Counter(a)), pairs(Counter(b)), len(a) * (len(a) - 1) / 2
    expected = sa * sb / total if total else 0
    top = (sa + sb) / 2 - expected
    return 1.0 if top == 0 else (index - expected) / top


def both(name, a, b, out):
    sk_nmi = normalized_mutual_info_score(a, b)
    sk_ari = adjusted_rand_score(a, b)
    assert abs(sk_nmi - nmi(a, b)) < 1e-12, (name, sk_nmi, nmi(a, b))
    assert abs(sk_ari - ari(a, b)) < 1e-12, (name, sk_ari, ari(a, b))
    out.append((name, "nmi", repr(float(sk_nmi))))
    out.append((name, "ari", repr(float(sk_ari))))


out = []
g, clubs = karate()
two = [{i for i in range(34) if clubs[i] == c} for c in sorted(set(clubs))]
out.append(("karate_clubs", "modularity", repr(modularity(g, two, weight=None))))
greedy = sorted(greedy_modularity_communities(g, weight=None), key=lambda c: (-len(c), min(c)))
out.append(("karate_greedy", "modularity", repr(modularity(g, greedy, weight=None))))
out.append(("karate_greedy", "sizes", " ".join(str(len(c)) for c in greedy)))
greedy_labels = [next(k for k, c in enumerate(greedy) if i in c) for i in range(34)]
out.append(("karate_greedy", "labels", " ".join(map(str, greedy_labels))))
both("karate_clubs_vs_greedy", clubs, greedy_labels, out)

# Two triangles joined by one edge, split into the triangles: Q = 2*(3/7 - (7/14)^2) = 5/14
h = nx.Graph([(0, 1), (1, 2), (0, 2), (3, 4), (4, 5), (3, 5), (2, 3)])
out.append(("two_triangles", "modularity", repr(modularity(h, [{0, 1, 2}, {3, 4, 5}], weight=None))))

# Small labelings for PartitionComparison, given as space-separated labels
cases = {
    "split_one": ([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2]),
    "sklearn_doc": ([0, 0, 1, 1], [0, 0, 1, 2]),
    "independent": ([0, 0, 1, 1], [0, 1, 0, 1]),
    "one_vs_singletons": ([0, 0, 0, 0], [0, 1, 2, 3]),
    "uneven": ([0, 0, 0, 1, 1, 2, 2, 2, 2], [1, 1, 0, 0, 0, 2, 2, 2, 1]),
    # EcosystemFitTest: declared alpha=0 beta=1 gamma=2 (none)=3 against two K4s and an isolate
    "ecosystem_fit": ([0, 0, 0, 3, 0, 1, 1, 2, 3], [0, 0, 0, 0, 1, 1, 1, 1, 2]),
}
for name, (a, b) in cases.items():
    both(name, a, b, out)
    out.append((name, "a", " ".join(map(str, a))))
    out.append((name, "b", " ".join(map(str, b))))

print("case,quantity,value")
for row in out:
    print(",".join(row))
