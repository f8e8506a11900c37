package org.brobygge.analysis.trends;

import java.util.ArrayList;
import java.util.List;

/**
 * One gap of one ecosystem at a baseline and a follow-up year, and the verdict on the change.
 *
 * @param gap the gap id
 * @param baseline the gap at the baseline
 * @param followUp the gap at the follow-up
 * @param verdict what the two intervals allow to be said
 */
public record GapChange(String gap, GapPoint baseline, GapPoint followUp, Verdict verdict) {

  /**
   * Each gap of one ecosystem between two of its years, in definition order.
   *
   * @throws IllegalArgumentException when the two are not of the same ecosystem, the follow-up is
   *     before the baseline, or the gaps differ
   */
  public static List<GapChange> between(EcosystemYear baseline, EcosystemYear followUp) {
    if (!baseline.ecosystemId().equals(followUp.ecosystemId())) {
      throw new IllegalArgumentException("two different ecosystems");
    }
    if (followUp.year() < baseline.year()) {
      throw new IllegalArgumentException(
          "the follow-up " + followUp.year() + " is before the baseline " + baseline.year());
    }
    if (baseline.gaps().size() != followUp.gaps().size()) {
      throw new IllegalArgumentException("the two years judge different gaps");
    }
    List<GapChange> changes = new ArrayList<>();
    for (int i = 0; i < baseline.gaps().size(); i++) {
      GapPoint before = baseline.gaps().get(i);
      GapPoint after = followUp.gaps().get(i);
      if (!before.gap().equals(after.gap())) {
        throw new IllegalArgumentException("the two years judge different gaps");
      }
      changes.add(
          new GapChange(
              before.gap(), before, after, Verdict.of(before.interval(), after.interval())));
    }
    return List.copyOf(changes);
  }
}
