package org.brobygge.analysis.centrality;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.brobygge.graph.NetworkView;

/**
 * The Brandes-Pich estimate as {@link BrandesBetweenness} computed it before issue 11 (commit
 * e5d8476: searches on the view's rows in their own order, dependencies pushed to predecessors),
 * kept for {@code BetweennessSamplingBenchmark} to time beside the current one in the same JVM. Not
 * used by the application.
 */
public final class BaselineBrandesBetweenness {

  private BaselineBrandesBetweenness() {}

  static final int GROUPS = 8;

  public static double[] estimate(NetworkView view, int[] pivots) {
    WeightedAdjacency adjacency = WeightedAdjacency.of(view);
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
