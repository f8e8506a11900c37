package org.brobygge.analysis.centrality;

import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.Coreness;
import org.jgrapht.graph.AsUnweightedGraph;

/**
 * {@link Measure#CORENESS coreness}: the largest k such that v belongs to the k-core (Seidman 1983;
 * Batagelj and Zaversnik 2003): JGraphT's {@link Coreness} on the unweighted graph. O(m).
 */
final class CorenessScores implements FamilyScores {

  private final double[] coreness;

  /** Coreness of every vertex of the view's {@code graph}. */
  CorenessScores(Graph<Integer, Integer> graph) {
    coreness =
        FamilyScores.toArray(
            new Coreness<>(new AsUnweightedGraph<>(graph)), graph.vertexSet().size());
  }

  @Override
  public double[] scores(Measure measure) {
    if (measure != Measure.CORENESS) {
      throw FamilyScores.notComputed(this, measure);
    }
    return coreness;
  }
}
