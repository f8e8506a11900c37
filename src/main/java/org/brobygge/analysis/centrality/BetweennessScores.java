package org.brobygge.analysis.centrality;

import org.brobygge.graph.NetworkView;

/**
 * {@link Measure#BETWEENNESS betweenness} g(v) = sum over unordered pairs {s,t}, s != v != t, of
 * sigma_st(v)/sigma_st (Brandes 2001, "A faster algorithm for betweenness centrality", J. Math.
 * Sociol. 25(2)); {@link Measure#BETWEENNESS_NORMALIZED betweenness_normalized} g(v) *
 * 2/((n-1)(n-2)), 0 for n &lt; 3.
 *
 * <p>Computed by {@link BrandesBetweenness} on arrays: JGraphT's {@code BetweennessCentrality}
 * gives the same values (a test checks) but took minutes where this takes seconds; note that
 * JGraphT reads weights as lengths and normalises without NetworkX's factor 2. O(nm). Above a size
 * where that is too slow, {@link BrandesBetweenness} estimates it from k pivots in O(km), when
 * asked to: hence {@link ComputeCost#SAMPLED}. The estimate is Geisberger, Sanders and Schultes'
 * linear scaling of Brandes and Pich's ({@link BrandesBetweenness#linearScaled}), unbiased like it
 * and closer in rank: on a 10,000-actor network, Spearman's rho with the exact values 0.961-0.963
 * at 500 pivots against 0.926-0.929 (BENCHMARKS.md).
 */
final class BetweennessScores implements FamilyScores {

  private final double[] raw;
  private final double[] normalized;
  private final int pivots;

  /**
   * Betweenness on {@code view}: exact for 0 pivots, else estimated from {@code pivots} pivots
   * chosen with {@code seed} ({@link #effectivePivots}).
   */
  BetweennessScores(NetworkView view, int pivots, long seed) {
    int n = view.vertexCount();
    this.pivots = effectivePivots(n, pivots);
    raw =
        this.pivots > 0
            ? BrandesBetweenness.linearScaled(view, BrandesBetweenness.pivots(n, this.pivots, seed))
            : BrandesBetweenness.exact(view);
    double scale = n > 2 ? 2.0 / ((n - 1.0) * (n - 2.0)) : 0;
    normalized = new double[n];
    for (int v = 0; v < n; v++) {
      normalized[v] = raw[v] * scale;
    }
  }

  /**
   * The pivots an estimate on {@code n} actors uses when {@code asked} are asked for: 0 (exact)
   * when 0 are asked or at least n, since from every actor the estimate is the exact value.
   */
  static int effectivePivots(int n, int asked) {
    return asked > 0 && asked < n ? asked : 0;
  }

  /** The pivots the values were estimated from, 0 when exact. */
  int pivots() {
    return pivots;
  }

  @Override
  public double[] scores(Measure measure) {
    return switch (measure) {
      case BETWEENNESS -> raw;
      case BETWEENNESS_NORMALIZED -> normalized;
      default -> throw FamilyScores.notComputed(this, measure);
    };
  }
}
