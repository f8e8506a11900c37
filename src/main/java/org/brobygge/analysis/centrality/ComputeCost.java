package org.brobygge.analysis.centrality;

/**
 * How the work of a {@link MeasureFamily} grows with the view (n actors, m ties), so that a caller
 * can tell which measures a size limit ({@link ComputeLimits}) applies to without listing them.
 */
public enum ComputeCost {
  /**
   * Linear or near-linear in m: O(m), O(m) per iteration of a contraction, or O(m^1.5) for the
   * triangles. Computed at any size.
   */
  LINEAR,
  /**
   * Every two-step path from every actor once, O(sum_v deg(v)^2): near-linear on sparse networks,
   * slower around hubs with thousands of partners. Computed at any size: in the warm-up after start
   * (last), on request after an import.
   */
  TWO_STEP,
  /**
   * One breadth-first search from every actor, O(n m): above {@link
   * ComputeLimits#exactClosenessMaxActors()} actors estimated from about {@link
   * CentralityMeasures#closenessSearches()} searches in O(k m), which an answer should report. One
   * actor's value is one search, O(m), exact at any size ({@link CentralityMeasures#pathScores}).
   */
  ALL_PAIRS_PATHS,
  /**
   * Betweenness: O(n m) exactly, estimated from pivots in O(k m) above {@link
   * ComputeLimits#exactBetweennessMaxActors()} actors: the result depends on {@link
   * CentralityMeasures#betweennessPivots()} and the seed, which an answer should report.
   */
  SAMPLED
}
