package org.brobygge.analysis.centrality;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The per-actor measures {@link CentralityMeasures} computes. {@link #id()} is the stable name used
 * in the API, in exports and as a Neo4j property suffix; it never changes once published. Each
 * measure belongs to a {@link MeasureFamily}, the class that computes it, whose {@link ComputeCost}
 * tells callers which size limits apply: adding a measure is a constant here and its computation in
 * its family's class.
 *
 * <p>Most measures have a value for every actor; Burt's structural-hole measures ({@link
 * MeasureFamily#STRUCTURAL_HOLES}) are {@code NaN} for an actor without ties, as in NetworkX
 * ({@link #definedForIsolates()}).
 *
 * <p>How each measure treats tie weights (the summed weight of the merged ties between two actors):
 * as <em>strength</em> (a heavier tie counts more), as <em>distance</em> (never: every path length
 * here counts hops, as in NetworkX and igraph called without weights) or <em>ignored</em>.
 */
public enum Measure {
  /** Number of neighbours. Weights ignored. */
  DEGREE("degree", "Degree: number of partners", MeasureFamily.DEGREE),
  /** Sum of the weights of an actor's ties. Weights as strength. */
  STRENGTH("strength", "Strength: summed weight of ties", MeasureFamily.DEGREE),
  /** degree / (n - 1); 1 for a lone actor (NetworkX's convention). Weights ignored. */
  DEGREE_CENTRALITY(
      "degree_centrality",
      "Degree centrality: share of all actors as partners",
      MeasureFamily.DEGREE),
  /** Brandes betweenness, each unordered pair once. Hop distances: weights ignored. */
  BETWEENNESS(
      "betweenness", "Betweenness: shortest paths through the actor", MeasureFamily.BETWEENNESS),
  /** betweenness * 2 / ((n - 1)(n - 2)); 0 when n < 3. Weights ignored. */
  BETWEENNESS_NORMALIZED(
      "betweenness_normalized", "Betweenness, normalised to 0-1", MeasureFamily.BETWEENNESS),
  /** Wasserman-Faust closeness for disconnected graphs. Hop distances: weights ignored. */
  CLOSENESS("closeness", "Closeness: how near to everyone", MeasureFamily.CLOSENESS),
  /** Sum of 1/d(u, v) over the other actors. Hop distances: weights ignored. */
  HARMONIC("harmonic", "Harmonic closeness", MeasureFamily.CLOSENESS),
  /** harmonic / (n - 1). Weights ignored. */
  HARMONIC_NORMALIZED(
      "harmonic_normalized", "Harmonic closeness, normalised to 0-1", MeasureFamily.CLOSENESS),
  /** PageRank on the unweighted graph; sums to 1. Weights ignored. */
  PAGERANK("pagerank", "PageRank", MeasureFamily.PAGERANK),
  /** PageRank walking each tie in proportion to its weight; sums to 1. Weights as strength. */
  PAGERANK_WEIGHTED(
      "pagerank_weighted", "PageRank, weighted by tie weight", MeasureFamily.PAGERANK),
  /** Principal eigenvector of the 0/1 adjacency matrix, Euclidean norm 1. Weights ignored. */
  EIGENVECTOR(
      "eigenvector", "Eigenvector: partners who are well connected", MeasureFamily.EIGENVECTOR),
  /** {@link #EIGENVECTOR} scaled so that its largest value is 1. Weights ignored. */
  EIGENVECTOR_MAX1("eigenvector_max1", "Eigenvector, highest = 1", MeasureFamily.EIGENVECTOR),
  /** Katz centrality on the 0/1 adjacency matrix, Euclidean norm 1. Weights ignored. */
  KATZ("katz", "Katz centrality", MeasureFamily.KATZ),
  /** Local clustering coefficient; 0 below degree 2. Weights ignored. */
  CLUSTERING(
      "clustering", "Clustering: partners who work with each other", MeasureFamily.CLUSTERING),
  /** k-core number: the largest k such that the actor is in the k-core. Weights ignored. */
  CORENESS("coreness", "Coreness (k-core)", MeasureFamily.CORENESS),
  /**
   * Burt's constraint: how much of an actor's ties go to partners who are tied to each other; low
   * for an actor spanning structural holes. NaN for an actor without ties. Weights as strength.
   */
  CONSTRAINT(
      "constraint",
      "Constraint (Burt): low = spans structural holes",
      MeasureFamily.STRUCTURAL_HOLES),
  /**
   * Burt's effective size: partners less their redundancy. NaN for an actor without ties. Weights
   * as strength.
   */
  EFFECTIVE_SIZE(
      "effective_size",
      "Effective size (Burt): non-redundant partners",
      MeasureFamily.STRUCTURAL_HOLES),
  /** Effective size / degree. NaN for an actor without ties. Weights as strength. */
  EFFICIENCY(
      "efficiency",
      "Efficiency (Burt): share of partners non-redundant",
      MeasureFamily.STRUCTURAL_HOLES);

  private final String id;
  private final String label;
  private final MeasureFamily family;

  Measure(String id, String label, MeasureFamily family) {
    this.id = id;
    this.label = label;
    this.family = family;
  }

  /** A name in plain words, for a page's list of measures. */
  public String label() {
    return label;
  }

  /** The stable API id, for example {@code "betweenness_normalized"}. */
  public String id() {
    return id;
  }

  /** The family whose class computes this measure, together with the family's other measures. */
  public MeasureFamily family() {
    return family;
  }

  /**
   * The measures computed together with this one at no extra cost: its family's (one run of the
   * family's class gives them all), except PageRank's two variants, which are two runs. A cache of
   * results keyed by these sets computes betweenness once for betweenness and
   * betweenness_normalized.
   */
  public Set<Measure> computedTogether() {
    return family == MeasureFamily.PAGERANK ? EnumSet.of(this) : family.measures();
  }

  /** How the work for this measure grows with the view: its family's cost. */
  public ComputeCost cost() {
    return family.cost();
  }

  /**
   * Whether every actor has a value; false for the structural-hole measures, which are {@code NaN}
   * for an actor without ties (an API answers null and ranks it last).
   */
  public boolean definedForIsolates() {
    return family != MeasureFamily.STRUCTURAL_HOLES;
  }

  /** The measures of cost {@code cost}, in declaration order (a fresh set). */
  public static EnumSet<Measure> withCost(ComputeCost cost) {
    EnumSet<Measure> measures = EnumSet.noneOf(Measure.class);
    Arrays.stream(values()).filter(m -> m.cost() == cost).forEach(measures::add);
    return measures;
  }

  /** The measure whose {@link #id()} is {@code id}, if any. */
  public static Optional<Measure> byId(String id) {
    return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
  }

  /** Every id, in declaration order: the valid choices to list in an error message. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(Measure::id).toList();
  }

  @Override
  public String toString() {
    return id;
  }
}
