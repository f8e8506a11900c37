package org.brobygge.analysis.centrality;

/**
 * How large a view may be before the O(n m) measures change how they are computed: above {@code
 * exactBetweennessMaxActors} actors betweenness is estimated from {@code betweennessPivots} pivots
 * ({@link BrandesBetweenness}); above {@code exactClosenessMaxActors} closeness and harmonic
 * centrality of every actor are estimated from about {@code closenessSources} breadth-first
 * searches ({@link ClosenessScores}); {@code seed} chooses both samples. One actor's closeness is
 * exact at any size ({@link CentralityMeasures#pathScores}).
 *
 * <p>The defaults keep a request on a 2-core machine to seconds (BENCHMARKS.md, "Sampled
 * betweenness" and "Estimated closeness").
 */
public record ComputeLimits(
    int exactBetweennessMaxActors,
    int betweennessPivots,
    long seed,
    int exactClosenessMaxActors,
    int closenessSources) {

  public static final int EXACT_BETWEENNESS_MAX_ACTORS_DEFAULT = 5_000;
  public static final int BETWEENNESS_PIVOTS_DEFAULT = 500;
  public static final long SEED_DEFAULT = 42;
  public static final int EXACT_CLOSENESS_MAX_ACTORS_DEFAULT = 20_000;
  public static final int CLOSENESS_SOURCES_DEFAULT = 500;

  public static final ComputeLimits DEFAULTS =
      new ComputeLimits(
          EXACT_BETWEENNESS_MAX_ACTORS_DEFAULT,
          BETWEENNESS_PIVOTS_DEFAULT,
          SEED_DEFAULT,
          EXACT_CLOSENESS_MAX_ACTORS_DEFAULT,
          CLOSENESS_SOURCES_DEFAULT);

  public ComputeLimits {
    if (exactBetweennessMaxActors < 0) {
      throw new IllegalArgumentException(
          "exact-betweenness-max-actors must be 0 or more: " + exactBetweennessMaxActors);
    }
    if (betweennessPivots < 1) {
      throw new IllegalArgumentException(
          "betweenness-pivots must be 1 or more: " + betweennessPivots);
    }
    if (exactClosenessMaxActors < 0) {
      throw new IllegalArgumentException(
          "exact-closeness-max-actors must be 0 or more: " + exactClosenessMaxActors);
    }
    if (closenessSources < 1) {
      throw new IllegalArgumentException(
          "closeness-sources must be 1 or more: " + closenessSources);
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
    return sampleFor(actors, asked, exactBetweennessMaxActors, betweennessPivots);
  }

  /**
   * The closeness sources for a view of {@code actors} actors: {@code asked} when given (capped at
   * the number of actors), else 0 (exact) up to {@link #exactClosenessMaxActors()} actors and
   * {@link #closenessSources()} above.
   *
   * @throws IllegalArgumentException if {@code asked} is below 1
   */
  public int closenessSourcesFor(int actors, Integer asked) {
    return sampleFor(actors, asked, exactClosenessMaxActors, closenessSources);
  }

  private static int sampleFor(int actors, Integer asked, int exactUpTo, int sample) {
    if (asked != null) {
      if (asked < 1) {
        throw new IllegalArgumentException("pivots must be 1 or more, not " + asked);
      }
      return Math.min(asked, actors);
    }
    return actors > exactUpTo ? Math.min(sample, actors) : 0;
  }
}
