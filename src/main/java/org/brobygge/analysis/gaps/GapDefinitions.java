package org.brobygge.analysis.gaps;

import java.util.List;
import java.util.Optional;

/**
 * The configured gap definitions and the reference year they are judged at.
 *
 * @param definitions in the order answers list them
 * @param referenceYear "now" for judging how long ago a tie ended
 * @param minSourceActors the fewest source-side actors a gap is judged on: an ecosystem with fewer
 *     gets its finding marked not judgeable and stays out of the region's rankings and medians
 */
public record GapDefinitions(
    List<GapDefinition> definitions, int referenceYear, int minSourceActors) {

  /**
   * The shipped threshold: with fewer than 5 source actors one actor's tie moves the severity by
   * more than 0.2, the width of a level band (severity steps by 1/(2n) per half-closed actor and
   * 1/n per closed one), so the level would be decided by a single actor.
   */
  public static final int DEFAULT_MIN_SOURCE_ACTORS = 5;

  public GapDefinitions {
    definitions = List.copyOf(definitions);
    if (minSourceActors < 1) {
      throw new IllegalArgumentException("minSourceActors must be at least 1: " + minSourceActors);
    }
  }

  /** The definitions with the shipped threshold of {@link #DEFAULT_MIN_SOURCE_ACTORS}. */
  public GapDefinitions(List<GapDefinition> definitions, int referenceYear) {
    this(definitions, referenceYear, DEFAULT_MIN_SOURCE_ACTORS);
  }

  public Optional<GapDefinition> byId(String id) {
    return definitions.stream().filter(d -> d.id().equals(id)).findFirst();
  }

  public List<String> ids() {
    return definitions.stream().map(GapDefinition::id).toList();
  }
}
