package org.brobygge.analysis.centrality;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The measures that one algorithm computes together, each family one class of this package (as
 * JGraphT has one {@code VertexScoringAlgorithm} per algorithm): asking for one {@link Measure} of
 * a family computes the family, and {@link CentralityMeasures} computes only the families asked
 * for. The family's {@link ComputeCost} is the cost of each of its measures.
 *
 * <p>A measure of an existing family is a {@link Measure} constant and a case in the family's
 * class; a new family is its class, a constant here and a case in {@link CentralityMeasures}'s
 * switch, which the compiler asks for.
 */
public enum MeasureFamily {
  /** degree, strength, degree_centrality: {@link DegreeScores}. */
  DEGREE(ComputeCost.LINEAR),
  /** betweenness, exact or estimated, raw and normalised: {@link BetweennessScores}. */
  BETWEENNESS(ComputeCost.SAMPLED),
  /**
   * closeness and harmonic closeness from all breadth-first searches, or estimated from a sample of
   * them: {@link ClosenessScores}.
   */
  CLOSENESS(ComputeCost.ALL_PAIRS_PATHS),
  /** pagerank, unweighted and weighted: {@link PageRankScores}. */
  PAGERANK(ComputeCost.LINEAR),
  /** eigenvector, eigenvector_max1 and lambda_max: {@link EigenvectorScores}. */
  EIGENVECTOR(ComputeCost.LINEAR),
  /** katz, which needs lambda_max from {@link #EIGENVECTOR}: {@link KatzScores}. */
  KATZ(ComputeCost.LINEAR),
  /** clustering: {@link ClusteringScores}. */
  CLUSTERING(ComputeCost.LINEAR),
  /** coreness: {@link CorenessScores}. */
  CORENESS(ComputeCost.LINEAR),
  /** constraint, effective_size, efficiency (Burt, weighted): {@link StructuralHoles}. */
  STRUCTURAL_HOLES(ComputeCost.TWO_STEP);

  private final ComputeCost cost;

  MeasureFamily(ComputeCost cost) {
    this.cost = cost;
  }

  /** How the family's work grows with the view. */
  public ComputeCost cost() {
    return cost;
  }

  /** The measures of this family, in {@link Measure} order. */
  public Set<Measure> measures() {
    EnumSet<Measure> measures = EnumSet.noneOf(Measure.class);
    Arrays.stream(Measure.values()).filter(m -> m.family() == this).forEach(measures::add);
    return measures;
  }
}
