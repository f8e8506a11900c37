package org.brobygge.analysis.centrality;

import java.util.Map;
import org.jgrapht.alg.interfaces.VertexScoringAlgorithm;

/**
 * The scores of one {@link MeasureFamily}, computed when the family's class is constructed on a
 * view's graph or arrays: the shape of JGraphT's {@link VertexScoringAlgorithm} (one class per
 * algorithm, scores per vertex), but as arrays indexed by vertex, which keep large views free of
 * boxing, and for the several measures a family gives at once.
 */
interface FamilyScores {

  /**
   * The value of {@code measure} for every vertex, indexed by vertex (not a copy: the facade owns
   * it).
   *
   * @throws IllegalArgumentException if {@code measure} is not of this family (or, where a family
   *     computes only the measures asked for, was not asked for)
   */
  double[] scores(Measure measure);

  /** The measure asked of a family that does not compute it. */
  static IllegalArgumentException notComputed(FamilyScores family, Measure measure) {
    return new IllegalArgumentException(
        family.getClass().getSimpleName() + " does not compute " + measure);
  }

  /** A JGraphT scoring's values on vertices {@code 0..n-1} as an array. */
  static double[] toArray(VertexScoringAlgorithm<Integer, ? extends Number> scoring, int n) {
    double[] values = new double[n];
    Map<Integer, ? extends Number> map = scoring.getScores();
    for (int v = 0; v < n; v++) {
      values[v] = map.get(v).doubleValue();
    }
    return values;
  }
}
