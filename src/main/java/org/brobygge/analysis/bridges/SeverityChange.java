package org.brobygge.analysis.bridges;

/**
 * One gap of one ecosystem before and after a what-if.
 *
 * @param before severity now, null where the gap is not applicable
 * @param after severity with the proposed ties, null where not applicable
 * @param change {@code after - before}, null unless both are known; negative when the gap narrows
 */
public record SeverityChange(
    String ecosystemId,
    String ecosystemName,
    String gap,
    Double before,
    Double after,
    Double change,
    String levelBefore,
    String levelAfter) {

  /** Whether the severity (or its applicability) differs. */
  public boolean changed() {
    return before == null ? after != null : !before.equals(after);
  }
}
