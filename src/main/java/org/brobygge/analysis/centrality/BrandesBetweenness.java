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
   * Searches run in this many groups of pivots, in parallel, and their sums are added in group
   * order: the result does not depend on the number of cores or on scheduling.
   */
  static final int GROUPS = 8;

  static double[] estimate(WeightedAdjacency adjacency, int[] pivots) {
    int n = adjacency.vertexCount();
    if (pivots.length == 0) {
      return new double[n];
    }
    int groups = Math.min(GROUPS, pivots.length);
    double[][] partial = new double[groups][];
    IntStream.range(0, groups)
        .parallel()
        .forEach(
            g ->
                partial[g] =
                    dependencies(
                        adjacency,
                        pivots,
                        (int) ((long) pivots.length * g / groups),
                        (int) ((long) pivots.length * (g + 1) / groups)));
    double[] betweenness = partial[0];
    for (int g = 1; g < groups; g++) {
      for (int v = 0; v < n; v++) {
        betweenness[v] += partial[g][v];
      }
    }
    double scale = 0.5 * n / pivots.length;
    for (int v = 0; v < n; v++) {
      betweenness[v] *= scale;
    }
    return betweenness;
  }

  /** The summed dependencies delta_s(v) of pivots[from..to) on every vertex v. */
  private static double[] dependencies(
      WeightedAdjacency adjacency, int[] pivots, int from, int to) {
    int n = adjacency.vertexCount();
    double[] betweenness = new double[n];
    int[] distance = new int[n];
    double[] sigma = new double[n];
    double[] delta = new double[n];
    int[] order = new int[n]; // vertices in the order the search reached them
    Arrays.fill(distance, -1);
    for (int p = from; p < to; p++) {
      int source = pivots[p];
      int reached = 1;
      order[0] = source;
      distance[source] = 0;
      sigma[source] = 1;
      for (int head = 0; head < reached; head++) {
        int v = order[head];
        for (int i = adjacency.start[v]; i < adjacency.start[v + 1]; i++) {
          int w = adjacency.neighbour[i];
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            order[reached++] = w;
          }
          if (distance[w] == distance[v] + 1) {
            sigma[w] += sigma[v];
          }
        }
      }
      // dependencies, farthest first: delta(v) = sum over successors w of sigma_v/sigma_w
      // (1+delta_w)
      for (int i = reached - 1; i > 0; i--) {
        int w = order[i];
        double share = (1 + delta[w]) / sigma[w];
        for (int j = adjacency.start[w]; j < adjacency.start[w + 1]; j++) {
          int v = adjacency.neighbour[j];
          if (distance[v] == distance[w] - 1) {
            delta[v] += sigma[v] * share;
          }
        }
        betweenness[w] += delta[w];
      }
      for (int i = 0; i < reached; i++) {
        int v = order[i];
        distance[v] = -1;
        sigma[v] = 0;
        delta[v] = 0;
      }
    }
    return betweenness;
  }
}
