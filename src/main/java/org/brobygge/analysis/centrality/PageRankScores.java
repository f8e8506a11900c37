package org.brobygge.analysis.centrality;

import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.PageRank;
import org.jgrapht.graph.AsUnweightedGraph;

/**
 * {@link Measure#PAGERANK pagerank} PR(v) = (1-d)/n + d * (sum over neighbours u of PR(u)
 * w(u,v)/s(u) + sum over isolated u of PR(u)/n) (Brin and Page 1998), with w = 1 for pagerank and w
 * the tie weight for {@link Measure#PAGERANK_WEIGHTED pagerank_weighted}: JGraphT's {@link
 * PageRank}, whose uniform treatment of dangling (here: isolated) actors and uniform teleport are
 * NetworkX's defaults.
 *
 * <p>JGraphT stops when no score changes by more than its tolerance or after its iteration cap; the
 * cap is set here to ceil(log(tolerance/2)/log d) + 1 iterations, enough for the contraction by d
 * per step to bring the L1 error below the tolerance, so the cap never cuts a run short. O(m) per
 * iteration. The two variants are two runs, so only those asked for are computed.
 */
final class PageRankScores implements FamilyScores {

  private final double[] unweighted;
  private final double[] weighted;

  /**
   * The variants in {@code wanted} ({@link Measure#PAGERANK}, {@link Measure#PAGERANK_WEIGHTED}) on
   * the view's weighted {@code graph}, with damping factor {@code dampingFactor}.
   */
  PageRankScores(Graph<Integer, Integer> graph, double dampingFactor, Set<Measure> wanted) {
    int n = graph.vertexSet().size();
    unweighted =
        wanted.contains(Measure.PAGERANK)
            ? pageRank(new AsUnweightedGraph<>(graph), n, dampingFactor)
            : null;
    weighted =
        wanted.contains(Measure.PAGERANK_WEIGHTED) ? pageRank(graph, n, dampingFactor) : null;
  }

  private static double[] pageRank(Graph<Integer, Integer> graph, int n, double dampingFactor) {
    // each step shrinks the L1 distance to the fixed point by d; from at most 2 to TOLERANCE:
    int iterations = iterationsToContract(dampingFactor, CentralityMeasures.TOLERANCE / 2);
    return FamilyScores.toArray(
        new PageRank<>(graph, dampingFactor, iterations, CentralityMeasures.TOLERANCE), n);
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
