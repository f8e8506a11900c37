package org.brobygge.analysis.centrality;

/**
 * How large a view may be before the O(n m) measures change how they are computed: above {@code
 * exactBetweennessMaxActors} actors betweenness is estimated from {@code betweennessPivots} pivots
 * chosen with {@code seed} ({@link BrandesBetweenness}); above {@code allActorsPathsMaxActors}
 * closeness and harmonic centrality of every actor are not computed at all (one actor's value still
 * is: {@link CentralityMeasures#pathScores}).
 *
 * <p>The defaults keep a request on a 2-core machine to seconds (BENCHMARKS.md, "Sampled
 * betweenness").
 */
public record ComputeLimits(
    int exactBetweennessMaxActors, int betweennessPivots, long seed, int allActorsPathsMaxActors) {

  public static final int EXACT_BETWEENNESS_MAX_ACTORS_DEFAULT = 5_000;
  public static final int BETWEENNESS_PIVOTS_DEFAULT = 500;
  public static final long SEED_DEFAULT = 42;
  public static final int ALL_ACTORS_PATHS_MAX_ACTORS_DEFAULT = 20_000;

  public static final ComputeLimits DEFAULTS =
      new ComputeLimits(
          EXACT_BETWEENNESS_MAX_ACTORS_DEFAULT,
          BETWEENNESS_PIVOTS_DEFAULT,
          SEED_DEFAULT,
          ALL_ACTORS_PATHS_MAX_ACTORS_DEFAULT);

  public ComputeLimits {
    if (exactBetweennessMaxActors < 0) {
      throw new IllegalArgumentException(
          "exact-betweenness-max-actors must be 0 or more: " + exactBetweennessMaxActors);
    }
    if (betweennessPivots < 1) {
      throw new IllegalArgumentException(
          "betweenness-pivots must be 1 or more: " + betweennessPivots);
    }
    if (allActorsPathsMaxActors < 0) {
      throw new IllegalArgumentException(
          "all-actors-paths-max-actors must be 0 or more: " + allActorsPathsMaxActors);
    }
  }

  /**
   * The betweenness pivots for a view of {@code actors} actors: {@code asked} when given (capped at
   * the number of actors, where the estimate is exact anyway), else 0 (exact) up to {@link
   * #exactBetweennessMaxActors()} actors and {@link #betweennessPivots()} above.
   *
   * @throws IllegalArgumentException if {@code asked} is below 1
   */
  public int pivotsFor(int actors, Integer asked) {
    if (asked != null) {
      if (asked < 1) {
        throw new IllegalArgumentException("pivots must be 1 or more, not " + asked);
      }
      return Math.min(asked, actors);
    }
    return actors > exactBetweennessMaxActors ? Math.min(betweennessPivots, actors) : 0;
  }

  /** Whether closeness and harmonic centrality of every actor are computed on this many actors. */
  public boolean allActorsPathsFeasible(int actors) {
    return actors <= allActorsPathsMaxActors;
  }
}
