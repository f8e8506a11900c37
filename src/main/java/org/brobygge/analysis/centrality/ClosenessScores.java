package org.brobygge.analysis.centrality;

import java.util.Arrays;
import org.brobygge.analysis.centrality.CentralityMeasures.PathScores;

/**
 * {@link Measure#CLOSENESS closeness} of v, with r(v) the number of actors reachable from v (v
 * included) and D(v) the sum of their hop distances: ((r-1)/(n-1)) * ((r-1)/D(v)), 0 when D(v) = 0
 * (Wasserman and Faust 1994, p. 201; NetworkX's {@code wf_improved=True}); on a connected view it
 * is (n-1)/D(v). {@link Measure#HARMONIC harmonic} sum over u != v of 1/d(v,u), 1/infinity = 0
 * (Marchiori and Latora 2000; Boldi and Vigna 2014), {@link Measure#HARMONIC_NORMALIZED
 * harmonic_normalized} divided by n-1.
 *
 * <p>JGraphT's {@code ClosenessCentrality} gives 0 to every vertex of a disconnected graph and runs
 * Dijkstra with weights as lengths, so all three come from one breadth-first search per actor here:
 * O(nm), {@link ComputeCost#ALL_PAIRS_PATHS}. One actor's values cost one search ({@link #of}).
 */
final class ClosenessScores implements FamilyScores {

  private final double[] closeness;
  private final double[] harmonic;
  private final double[] harmonicNormalized;

  ClosenessScores(WeightedAdjacency adjacency) {
    int n = adjacency.vertexCount();
    closeness = new double[n];
    harmonic = new double[n];
    harmonicNormalized = new double[n];
    Search search = new Search(n);
    for (int source = 0; source < n; source++) {
      PathScores scores = search.from(adjacency, source);
      closeness[source] = scores.closeness();
      harmonic[source] = scores.harmonic();
      harmonicNormalized[source] = scores.harmonicNormalized();
    }
  }

  /** The three values of {@code vertex} alone, from one breadth-first search: O(m). */
  static PathScores of(WeightedAdjacency adjacency, int vertex) {
    return new Search(adjacency.vertexCount()).from(adjacency, vertex);
  }

  @Override
  public double[] scores(Measure measure) {
    return switch (measure) {
      case CLOSENESS -> closeness;
      case HARMONIC -> harmonic;
      case HARMONIC_NORMALIZED -> harmonicNormalized;
      default -> throw FamilyScores.notComputed(this, measure);
    };
  }

  /** A breadth-first search whose arrays are reused from source to source. */
  private static final class Search {
    final int[] distance;
    final int[] queue;

    Search(int n) {
      distance = new int[n];
      queue = new int[n];
      Arrays.fill(distance, -1);
    }

    PathScores from(WeightedAdjacency adjacency, int source) {
      int n = adjacency.vertexCount();
      distance[source] = 0;
      queue[0] = source;
      int head = 0;
      int tail = 1;
      long sum = 0;
      double inverseSum = 0;
      while (head < tail) {
        int v = queue[head++];
        for (int i = adjacency.start[v]; i < adjacency.start[v + 1]; i++) {
          int w = adjacency.neighbour[i];
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            sum += distance[w];
            inverseSum += 1.0 / distance[w];
            queue[tail++] = w;
          }
        }
      }
      for (int i = 0; i < tail; i++) {
        distance[queue[i]] = -1;
      }
      double others = tail - 1.0; // reachable actors besides the source
      return new PathScores(
          sum > 0 ? (others / (n - 1)) * (others / sum) : 0,
          inverseSum,
          n > 1 ? inverseSum / (n - 1) : 0);
    }
  }
}
