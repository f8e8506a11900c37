package org.brobygge.analysis.centrality;

import java.util.Arrays;
import org.brobygge.graph.NetworkView;
import org.brobygge.graph.SimpleNetwork;

/**
 * A view's graph as compressed sparse rows: the neighbours of vertex {@code v} are {@code
 * neighbour[start[v] .. start[v+1])} in ascending order, with the merged tie weights alongside. The
 * arrays of the view's {@link SimpleNetwork}, shared, not copied (the one representation of the
 * merged graph): the hand-written measures walk neighbourhoods many times, and arrays keep that
 * free of boxing. Never modify them.
 */
final class WeightedAdjacency {

  final int[] start;
  final int[] neighbour;
  final double[] weight;

  /**
   * @param weighted false: every weight 1 (the measures that read a tie as there or not)
   */
  WeightedAdjacency(SimpleNetwork network, boolean weighted) {
    start = network.offsets();
    neighbour = network.neighbourArray();
    if (weighted) {
      weight = network.weightArray();
    } else {
      weight = new double[neighbour.length];
      Arrays.fill(weight, 1.0);
    }
  }

  /** {@code view}'s network with its weights; shares its arrays, so it costs nothing to make. */
  static WeightedAdjacency of(NetworkView view) {
    return new WeightedAdjacency(view.network(), true);
  }

  int vertexCount() {
    return start.length - 1;
  }

  int degree(int v) {
    return start[v + 1] - start[v];
  }
}
