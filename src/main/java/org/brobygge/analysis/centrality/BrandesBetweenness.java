package org.brobygge.analysis.centrality;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.brobygge.graph.NetworkView;

/**
 * Betweenness by Brandes' algorithm (2001, "A faster algorithm for betweenness centrality", J.
 * Math. Sociol. 25(2)) on the view's arrays, exact from every actor or estimated from a sample of
 * source actors ("pivots") after Brandes and Pich 2007, "Centrality estimation in large networks",
 * Int. J. Bifurcation and Chaos 17(7): Brandes' accumulation of pair dependencies runs from k
 * pivots chosen uniformly at random without replacement instead of from all n actors, and the sum
 * is scaled by n/k. The estimate is unbiased and costs O(k m) instead of O(n m); with k = n it is
 * the exact value.
 *
 * <p>Scaled as {@link Measure#BETWEENNESS}: each unordered pair once, so the estimate of g(v) is
 * (n/k) * (1/2) * sum over pivots s of delta_s(v), delta_s(v) = sum over t of sigma_st(v)/sigma_st.
 * NetworkX computes the same estimate with {@code betweenness_centrality(G, k=k, normalized=False)}
 * (its pivots come from Python's random module, so the same seed does not give the same pivots),
 * and for a given pivot set {@code betweenness_centrality_subset(G, sources=pivots, targets=G)}
 * times n/k.
 *
 * <p>{@link #linearScaled} is the same sample with Geisberger, Sanders and Schultes' linear
 * scaling, also unbiased and exact with k = n; it ranks the actors closer to the exact order
 * (BENCHMARKS.md) and is what {@link Measure#BETWEENNESS} uses when it samples.
 *
 * <p>Hop distances: each search is a breadth-first search (weights are ignored, as in NetworkX's
 * {@code betweenness_centrality} without {@code weight=}), on int arrays, each thread reusing its
 * buffers from pivot to pivot.
 */
public final class BrandesBetweenness {

  private BrandesBetweenness() {}

  /**
   * Exact betweenness of every vertex (hop distances, each unordered pair once): the estimate with
   * every vertex as a pivot. JGraphT's {@code BetweennessCentrality} gives the same values but
   * keeps its per-search state in hash maps: 29.8 s against 1.8 s here on 3,000 actors and 28,000
   * ties, and on 10,000 actors it had not finished after 9 minutes of CPU (BENCHMARKS.md).
   */
  public static double[] exact(NetworkView view) {
    int n = view.vertexCount();
    int[] all = new int[n];
    Arrays.setAll(all, i -> i);
    return estimate(WeightedAdjacency.of(view), all);
  }

  /**
   * {@code k} distinct vertices of {@code 0..n-1}, uniformly at random, reproducible for a seed (a
   * partial Fisher-Yates shuffle driven by {@link SplittableRandom}); sorted ascending.
   */
  public static int[] pivots(int n, int k, long seed) {
    if (k < 0 || k > n) {
      throw new IllegalArgumentException("pivots must be in [0, " + n + "], not " + k);
    }
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 0; i < k; i++) {
      int j = i + random.nextInt(n - i);
      int swap = order[i];
      order[i] = order[j];
      order[j] = swap;
    }
    int[] chosen = Arrays.copyOf(order, k);
    Arrays.sort(chosen);
    return chosen;
  }

  /**
   * The betweenness estimate of every vertex of {@code view} from the given pivots (hop distances,
   * weights ignored), scaled to the full network: (n/k)/2 times the pivots' summed dependencies.
   * With every vertex as a pivot this is the exact betweenness.
   */
  public static double[] estimate(NetworkView view, int[] pivots) {
    return estimate(WeightedAdjacency.of(view), pivots);
  }

  /**
   * The betweenness estimate of every vertex of {@code view} from the given pivots with Geisberger,
   * Sanders and Schultes' linear scaling (2008, "Better approximation of betweenness centrality",
   * ALENEX): a pivot s credits v on a shortest path from s to t with the share d(s,v)/d(s,t) of the
   * pair's sigma_st(v)/sigma_st, and the sum is scaled by n/k. Vertices near a pivot, which
   * Brandes-Pich's estimate credits with every path out of it, get only their share: the
   * overestimate of low-betweenness actors near the pivots goes. On an undirected graph the shares
   * of s and of t sum to 1 for every pair, so the estimate is unbiased, and from every vertex as a
   * pivot it is the exact value (each unordered pair once).
   */
  public static double[] linearScaled(NetworkView view, int[] pivots) {
    return accumulate(WeightedAdjacency.of(view), pivots, true);
  }

  /**
   * Searches run in this many groups of pivots, in parallel, and their sums are added in group
   * order: the result does not depend on the number of cores or on scheduling.
   */
  static final int GROUPS = 8;

  static double[] estimate(WeightedAdjacency adjacency, int[] pivots) {
    return accumulate(adjacency, pivots, false);
  }

  /**
   * Sums the pivots' dependencies in {@link #GROUPS} groups (in parallel), each over a copy of the
   * graph renumbered in breadth-first order ({@link Renumbered}) so that a search touches
   * neighbouring memory, and scales the sum to the whole network.
   */
  private static double[] accumulate(WeightedAdjacency adjacency, int[] pivots, boolean linear) {
    int n = adjacency.vertexCount();
    if (pivots.length == 0) {
      return new double[n];
    }
    Renumbered graph = Renumbered.of(adjacency);
    int groups = Math.min(GROUPS, pivots.length);
    double[][] partial = new double[groups][];
    IntStream.range(0, groups)
        .parallel()
        .forEach(
            g -> {
              Search search = new Search(graph, linear);
              for (int p = (int) ((long) pivots.length * g / groups),
                      end = (int) ((long) pivots.length * (g + 1) / groups);
                  p < end;
                  p++) {
                search.from(graph.newId()[pivots[p]]);
              }
              partial[g] = search.sum;
            });
    double[] summed = partial[0];
    for (int g = 1; g < groups; g++) {
      for (int v = 0; v < n; v++) {
        summed[v] += partial[g][v];
      }
    }
    // each unordered pair once: Brandes-Pich counts a pair from both ends, so halve; the linear
    // scaling already splits a pair's share between its two ends
    double scale = (linear ? 1.0 : 0.5) * n / pivots.length;
    double[] betweenness = new double[n];
    for (int v = 0; v < n; v++) {
      betweenness[v] = summed[graph.newId()[v]] * scale;
    }
    return betweenness;
  }

  /**
   * One thread's breadth-first searches and dependency accumulations, reusing its arrays from pivot
   * to pivot (only the distances of the vertices a search reached are reset).
   */
  private static final class Search {
    private final int[] start;
    private final int[] neighbour;
    private final boolean linear;
    private final int[] distance;
    private final double[] sigma;

    /** (1 + delta(w)) / sigma(w), or for the linear scaling (1/d(w) + a(w)) / sigma(w) */
    private final double[] share;

    private final int[] order; // vertices in the order the search reached them
    final double[] sum;

    Search(Renumbered graph, boolean linear) {
      start = graph.start();
      neighbour = graph.neighbour();
      this.linear = linear;
      int n = start.length - 1;
      distance = new int[n];
      Arrays.fill(distance, -1);
      sigma = new double[n];
      share = new double[n];
      order = new int[n];
      sum = new double[n];
    }

    /**
     * Adds source's dependencies to {@link #sum}: delta(v) = sum over successors w of sigma(v) * (1
     * + delta(w)) / sigma(w) (Brandes), or for the linear scaling d(v) * a(v), a(v) = sum over
     * successors w of sigma(v) * (1/d(w) + a(w)) / sigma(w). Each vertex's value is pulled from its
     * successors, farthest first, so a vertex is written once.
     */
    void from(int source) {
      int reached = 1;
      order[0] = source;
      distance[source] = 0;
      sigma[source] = 1;
      for (int head = 0; head < reached; head++) {
        int v = order[head];
        int next = distance[v] + 1;
        double paths = sigma[v];
        for (int i = start[v], end = start[v + 1]; i < end; i++) {
          int w = neighbour[i];
          int d = distance[w];
          if (d < 0) {
            distance[w] = next;
            sigma[w] = paths;
            order[reached++] = w;
          } else if (d == next) {
            sigma[w] += paths;
          }
        }
      }
      for (int k = reached - 1; k > 0; k--) {
        int v = order[k];
        int next = distance[v] + 1;
        double pulled = 0;
        for (int i = start[v], end = start[v + 1]; i < end; i++) {
          int w = neighbour[i];
          if (distance[w] == next) {
            pulled += share[w];
          }
        }
        double dependency = sigma[v] * pulled;
        if (linear) {
          sum[v] += (next - 1) * dependency;
          share[v] = (1.0 / (next - 1) + dependency) / sigma[v];
        } else {
          sum[v] += dependency;
          share[v] = (1 + dependency) / sigma[v];
        }
      }
      for (int k = 0; k < reached; k++) {
        distance[order[k]] = -1;
      }
    }
  }
}
