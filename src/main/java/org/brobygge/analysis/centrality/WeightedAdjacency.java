package org.brobygge.analysis.centrality;

import java.util.Arrays;
import org.jgrapht.Graph;

/**
 * A view's graph as compressed sparse rows: the neighbours of vertex {@code v} are {@code
 * neighbour[start[v] .. start[v+1])} in ascending order, with the merged tie weights alongside. The
 * hand-written measures walk neighbourhoods many times; arrays keep that free of boxing.
 */
final class WeightedAdjacency {

  final int[] start;
  final int[] neighbour;
  final double[] weight;

  WeightedAdjacency(NetworkView view, boolean weighted) {
    Graph<Integer, Integer> g = view.graph();
    int n = view.vertexCount();
    start = new int[n + 1];
    for (int v = 0; v < n; v++) {
      start[v + 1] = start[v] + g.degreeOf(v);
    }
    neighbour = new int[start[n]];
    weight = new double[start[n]];
    for (int v = 0; v < n; v++) {
      int at = start[v];
      long[] packed = new long[start[v + 1] - at];
      int k = 0;
      for (Integer e : g.edgesOf(v)) {
        int w = g.getEdgeSource(e) == v ? g.getEdgeTarget(e) : g.getEdgeSource(e);
        packed[k++] = ((long) w << 32) | e;
      }
      Arrays.sort(packed);
      for (long p : packed) {
        int e = (int) p;
        neighbour[at] = (int) (p >>> 32);
        weight[at] = weighted ? g.getEdgeWeight(e) : 1.0;
        at++;
      }
    }
  }

  int vertexCount() {
    return start.length - 1;
  }

  int degree(int v) {
    return start[v + 1] - start[v];
  }
}
