package org.brobygge.analysis.communities;

import java.util.Objects;
import org.jgrapht.Graph;

/**
 * Newman's modularity of a partition, unweighted: {@code Q = sum_c [L_c/m - (d_c/2m)^2]}, with
 * {@code m} the number of edges, {@code L_c} the edges inside community {@code c} and {@code d_c}
 * the sum of its members' degrees (Newman and Girvan 2004, Phys. Rev. E 69, 026113). It matches
 * NetworkX's {@code community.modularity(G, communities, weight=None)}. O(n + m).
 */
public final class Modularity {

  private Modularity() {}

  /**
   * The modularity of {@code community} (vertex to community number, {@code 0..}) on {@code graph}
   * with vertices {@code 0..n-1}; NaN on a graph without edges, where it is undefined.
   */
  public static double of(Graph<Integer, Integer> graph, int[] community) {
    Objects.requireNonNull(graph, "graph");
    Objects.requireNonNull(community, "community");
    if (community.length != graph.vertexSet().size()) {
      throw new IllegalArgumentException(
          "community has " + community.length + " vertices, graph " + graph.vertexSet().size());
    }
    int count = 0;
    for (int c : community) {
      if (c < 0) {
        throw new IllegalArgumentException("community numbers start at 0: " + c);
      }
      count = Math.max(count, c + 1);
    }
    long[] inside = new long[count];
    long[] degrees = new long[count];
    long m = 0;
    for (Integer e : graph.edgeSet()) {
      int u = graph.getEdgeSource(e);
      int v = graph.getEdgeTarget(e);
      if (u == v) {
        continue; // NetworkView graphs are simple; a loop would need its own convention
      }
      m++;
      degrees[community[u]]++;
      degrees[community[v]]++;
      if (community[u] == community[v]) {
        inside[community[u]]++;
      }
    }
    if (m == 0) {
      return Double.NaN;
    }
    double q = 0;
    for (int c = 0; c < count; c++) {
      double share = degrees[c] / (2.0 * m);
      q += (double) inside[c] / m - share * share;
    }
    return q;
  }
}
