package org.brobygge.analysis.gaps;

import java.util.Optional;

/**
 * The named bands of a gap's severity: none below 0.2, mild from 0.2, moderate from 0.4, severe
 * from 0.6. The one home of these thresholds; {@link GapFinding#level()} is the {@link #id()} of
 * the band its severity falls in.
 */
public enum GapLevel {
  NONE("none", 0.0),
  MILD("mild", 0.2),
  MODERATE("moderate", 0.4),
  SEVERE("severe", 0.6);

  private final String id;
  private final double from;

  GapLevel(String id, double from) {
    this.id = id;
    this.from = from;
  }

  /** The id answers use: {@code none}, {@code mild}, {@code moderate}, {@code severe}. */
  public String id() {
    return id;
  }

  /** The lowest severity in the band (inclusive). */
  public double from() {
    return from;
  }

  /** The band a severity falls in; a severity below 0 is {@link #NONE}. */
  public static GapLevel of(double severity) {
    if (severity >= SEVERE.from) {
      return SEVERE;
    }
    if (severity >= MODERATE.from) {
      return MODERATE;
    }
    return severity >= MILD.from ? MILD : NONE;
  }

  /** The level with this id, if any. */
  public static Optional<GapLevel> fromId(String id) {
    for (GapLevel level : values()) {
      if (level.id.equals(id)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
