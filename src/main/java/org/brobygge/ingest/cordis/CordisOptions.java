package org.brobygge.ingest.cordis;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * How a CORDIS import filters and weighs.
 *
 * @param regionPrefixes NUTS code prefixes of the home region: a project is kept when at least one
 *     participant's {@code nutsCode} starts with one of them (all its participants are kept then);
 *     empty keeps every project
 * @param tieKind the tie kind of co-participation ties
 * @param weighting how each shared project adds to a tie's weight
 * @param maxParticipants projects with more organisations than this add no ties (their participants
 *     are still imported); 0 for no cap
 */
public record CordisOptions(
    List<String> regionPrefixes, String tieKind, Weighting weighting, int maxParticipants) {

  /** Norrbotten (SE332) and Lapland (FI1D7, given as FI1A3 by records older than NUTS 2013). */
  public static final List<String> DEFAULT_REGIONS = List.of("SE332", "FI1D7", "FI1A3");

  public static final String DEFAULT_TIE_KIND = "research";
  public static final int DEFAULT_MAX_PARTICIPANTS = 50;

  public static final CordisOptions DEFAULTS =
      new CordisOptions(
          DEFAULT_REGIONS, DEFAULT_TIE_KIND, Weighting.CONSORTIUM, DEFAULT_MAX_PARTICIPANTS);

  public CordisOptions {
    regionPrefixes =
        regionPrefixes.stream()
            .map(String::strip)
            .filter(p -> !p.isEmpty())
            .map(p -> p.toUpperCase(Locale.ROOT))
            .toList();
    Objects.requireNonNull(tieKind, "tieKind");
    Objects.requireNonNull(weighting, "weighting");
    if (maxParticipants < 0) {
      throw new IllegalArgumentException("maxParticipants must be 0 (no cap) or more");
    }
  }

  /**
   * Region prefixes from a comma-separated list as the API and the command line take them: {@code
   * null} or blank for {@link #DEFAULT_REGIONS}, {@code all} for no filter.
   */
  public static List<String> regions(String commaSeparated) {
    if (commaSeparated == null || commaSeparated.isBlank()) {
      return DEFAULT_REGIONS;
    }
    if (commaSeparated.strip().equalsIgnoreCase("all")) {
      return List.of();
    }
    return java.util.Arrays.stream(commaSeparated.split(",")).map(String::strip).toList();
  }

  /** What one shared project adds to the weight of a tie between two of its n participants. */
  public enum Weighting {
    /** 1: the weight is the number of shared projects. */
    PROJECTS("projects"),
    /**
     * 1/(n-1), as co-authorship networks weigh a paper's authors: each participant's ties from one
     * project add up to 1, however large the consortium.
     */
    CONSORTIUM("consortium");

    private final String id;

    Weighting(String id) {
      this.id = id;
    }

    public String id() {
      return id;
    }

    public static List<String> ids() {
      return java.util.Arrays.stream(values()).map(Weighting::id).toList();
    }

    public static Optional<Weighting> fromId(String id) {
      for (Weighting w : values()) {
        if (w.id.equalsIgnoreCase(id)) {
          return Optional.of(w);
        }
      }
      return Optional.empty();
    }
  }
}
