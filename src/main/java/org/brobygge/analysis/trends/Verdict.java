package org.brobygge.analysis.trends;

import java.util.Optional;

/**
 * How a gap changed between two years, said only as far as the severity intervals allow: improved
 * or worse when the follow-up's interval lies wholly below or above the baseline's, no clear change
 * when they overlap. Lower severity is better.
 */
public enum Verdict {
  IMPROVED("improved"),
  WORSE("worse"),
  NO_CLEAR_CHANGE("no-clear-change"),
  /** The gap cannot be judged in one of the two years (no source actor, nobody across). */
  NOT_COMPARABLE("not-comparable");

  private final String id;

  Verdict(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /** The verdict on two years' intervals; empty meaning the gap is not applicable that year. */
  public static Verdict of(
      Optional<SeverityInterval> baseline, Optional<SeverityInterval> followUp) {
    if (baseline.isEmpty() || followUp.isEmpty()) {
      return NOT_COMPARABLE;
    }
    SeverityInterval before = baseline.get();
    SeverityInterval after = followUp.get();
    if (after.high() < before.low()) {
      return IMPROVED;
    }
    if (after.low() > before.high()) {
      return WORSE;
    }
    return NO_CLEAR_CHANGE;
  }
}
