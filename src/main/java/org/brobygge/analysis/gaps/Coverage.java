package org.brobygge.analysis.gaps;

/**
 * How a source-side actor stands across a gap, the three cases of {@code GapFinding}'s severity: no
 * counting tie to the other side at all, only weak ones, or at least one strong one.
 */
public enum Coverage {
  MISSING("missing", 1.0),
  WEAK_ONLY("weak_only", 0.5),
  STRONG("strong", 0.0);

  private final String id;
  private final double open;

  Coverage(String id, double open) {
    this.id = id;
    this.open = open;
  }

  public String id() {
    return id;
  }

  /**
   * How much of the actor is still open in the severity formula: 1 for a missing actor, 1/2 for a
   * weak-only one, 0 for a strong one. A strong tie made for it lowers the ecosystem's severity by
   * this much divided by the number of source actors.
   */
  public double open() {
    return open;
  }
}
