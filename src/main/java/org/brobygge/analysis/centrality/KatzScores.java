package org.brobygge.analysis.centrality;

/**
 * {@link Measure#KATZ katz} x = (I - alpha A)^-1 beta 1 with beta = {@link
 * CentralityMeasures#KATZ_BETA} (Katz 1953), scaled to |x|_2 = 1 as NetworkX's {@code
 * katz_centrality} does by default, by the iteration x &lt;- alpha A x + beta from x = 0 that
 * NetworkX and JGraphT's {@code KatzCentrality} use, here on arrays (JGraphT's maps took 45 s on a
 * million ties).
 *
 * <p>It converges only for alpha &lt; 1/lambda_max, so a larger alpha is rejected ({@link #alpha});
 * the default alpha is {@link CentralityMeasures#KATZ_ALPHA_SHARE_DEFAULT} / lambda_max (from
 * {@link EigenvectorScores}), or {@link CentralityMeasures#KATZ_ALPHA_SHARE_DEFAULT} on a view
 * without ties. The iteration cap follows from the contraction rate alpha * lambda_max as for
 * PageRank. O(m) per iteration.
 */
final class KatzScores implements FamilyScores {

  private final double[] katz;

  /**
   * Katz centrality with {@code alpha} (as {@link #alpha} returns it) on a view whose adjacency
   * matrix has largest eigenvalue {@code largestEigenvalue}.
   */
  KatzScores(WeightedAdjacency a, double alpha, double largestEigenvalue) {
    // the Euclidean error shrinks by alpha * lambda_max per step, relative to the answer's norm
    int iterations =
        PageRankScores.iterationsToContract(
            alpha * largestEigenvalue, CentralityMeasures.TOLERANCE);
    int n = a.vertexCount();
    double[] x = new double[n];
    double[] next = new double[n];
    for (int iteration = 0; iteration < iterations; iteration++) {
      double change = 0;
      for (int v = 0; v < n; v++) {
        double sum = 0;
        for (int i = a.start[v]; i < a.start[v + 1]; i++) {
          sum += x[a.neighbour[i]];
        }
        next[v] = alpha * sum + CentralityMeasures.KATZ_BETA;
        change = Math.max(change, Math.abs(next[v] - x[v]));
      }
      double[] swap = x;
      x = next;
      next = swap;
      if (change < CentralityMeasures.TOLERANCE * CentralityMeasures.KATZ_BETA) {
        break;
      }
    }
    katz = scaledToUnitNorm(x);
  }

  /**
   * The alpha to use on a view with largest eigenvalue {@code largestEigenvalue}: {@code asked}, or
   * the default when it is NaN.
   *
   * @throws IllegalArgumentException if {@code asked} is at or above 1/lambda_max
   */
  static double alpha(double asked, double largestEigenvalue) {
    if (Double.isNaN(asked)) {
      return largestEigenvalue > 0
          ? CentralityMeasures.KATZ_ALPHA_SHARE_DEFAULT / largestEigenvalue
          : CentralityMeasures.KATZ_ALPHA_SHARE_DEFAULT;
    }
    if (asked * largestEigenvalue >= 1) {
      throw new IllegalArgumentException(
          "Katz alpha must be below 1/lambda_max = "
              + (1 / largestEigenvalue)
              + " for this view: "
              + asked);
    }
    return asked;
  }

  private static double[] scaledToUnitNorm(double[] x) {
    double norm = 0;
    for (double value : x) {
      norm += value * value;
    }
    norm = Math.sqrt(norm);
    double[] scaled = new double[x.length];
    for (int v = 0; v < x.length; v++) {
      scaled[v] = x[v] / norm;
    }
    return scaled;
  }

  @Override
  public double[] scores(Measure measure) {
    if (measure != Measure.KATZ) {
      throw FamilyScores.notComputed(this, measure);
    }
    return katz;
  }
}
