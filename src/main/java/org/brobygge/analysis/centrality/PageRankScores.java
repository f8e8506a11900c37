package org.brobygge.analysis.centrality;

import java.util.Set;

/**
 * {@link Measure#PAGERANK pagerank} PR(v) = (1-d)/n + d * (sum over neighbours u of PR(u)
 * w(u,v)/s(u) + sum over isolated u of PR(u)/n) (Brin and Page 1998), with w = 1 for pagerank and w
 * the tie weight for {@link Measure#PAGERANK_WEIGHTED pagerank_weighted}, with the uniform
 * treatment of dangling (here: isolated) actors and the uniform teleport that are NetworkX's
 * defaults. The power iteration of JGraphT's {@code PageRank} (from 1/n, every vertex updated from
 * the previous scores), here on the view's arrays: JGraphT's maps took 1.3 s on a million ties
 * against igraph's 0.2 s (issue 11).
 *
 * <p>It stops when no score changes by more than the tolerance or after the iteration cap; the cap
 * is set to ceil(log(tolerance/2)/log d) + 1 iterations, enough for the contraction by d per step
 * to bring the L1 error below the tolerance, so the cap never cuts a run short. O(m) per iteration.
 * The two variants are two runs, so only those asked for are computed.
 */
final class PageRankScores implements FamilyScores {

  private final double[] unweighted;
  private final double[] weighted;

  /**
   * The variants in {@code wanted} ({@link Measure#PAGERANK}, {@link Measure#PAGERANK_WEIGHTED}) on
   * the view's weighted {@code graph}, with damping factor {@code dampingFactor}.
   */
  PageRankScores(WeightedAdjacency a, double dampingFactor, Set<Measure> wanted) {
    unweighted = wanted.contains(Measure.PAGERANK) ? pageRank(a, false, dampingFactor) : null;
    weighted = wanted.contains(Measure.PAGERANK_WEIGHTED) ? pageRank(a, true, dampingFactor) : null;
  }

  private static double[] pageRank(WeightedAdjacency a, boolean weighted, double d) {
    int n = a.vertexCount();
    double[] score = new double[n];
    if (n == 0) {
      return score;
    }
    // each step shrinks the L1 distance to the fixed point by d; from at most 2 to TOLERANCE:
    int iterations = iterationsToContract(d, CentralityMeasures.TOLERANCE / 2);
    double[] out = new double[n]; // a vertex's summed tie weight (its degree when unweighted)
    for (int v = 0; v < n; v++) {
      if (weighted) {
        for (int k = a.start[v]; k < a.start[v + 1]; k++) {
          out[v] += a.weight[k];
        }
      } else {
        out[v] = a.degree(v);
      }
    }
    java.util.Arrays.fill(score, 1.0 / n);
    double[] next = new double[n];
    double maxChange = CentralityMeasures.TOLERANCE;
    while (iterations > 0 && maxChange >= CentralityMeasures.TOLERANCE) {
      double dangling = 0;
      for (int v = 0; v < n; v++) {
        if (out[v] == 0) {
          dangling += score[v];
        }
      }
      double base = (1 - d) / n + d * dangling / n;
      maxChange = 0;
      for (int v = 0; v < n; v++) {
        double sum = 0;
        for (int k = a.start[v]; k < a.start[v + 1]; k++) {
          int u = a.neighbour[k];
          sum += score[u] * (weighted ? a.weight[k] : 1.0) / out[u];
        }
        next[v] = base + d * sum;
        maxChange = Math.max(maxChange, Math.abs(next[v] - score[v]));
      }
      double[] swap = score;
      score = next;
      next = swap;
      iterations--;
    }
    return score;
  }

  /**
   * The iteration cap of a contraction by {@code rate} per step that is to shrink an error by
   * {@code factor}: ceil(log factor / log rate) + 2; 1 when nothing contracts (rate 0).
   */
  static int iterationsToContract(double rate, double factor) {
    if (rate <= 0) {
      return 1;
    }
    return (int) Math.min(Integer.MAX_VALUE, Math.ceil(Math.log(factor) / Math.log(rate)) + 2);
  }

  @Override
  public double[] scores(Measure measure) {
    double[] values =
        switch (measure) {
          case PAGERANK -> unweighted;
          case PAGERANK_WEIGHTED -> weighted;
          default -> null;
        };
    if (values == null) {
      throw FamilyScores.notComputed(this, measure);
    }
    return values;
  }
}
