package org.brobygge.analysis.gaps;

import java.util.Map;
import java.util.Optional;
import org.brobygge.graph.EcosystemGraph;

/**
 * What makes a tie weak: a weight at or below a threshold (per kind, since kinds weigh different
 * things: shared projects, MSEK), or an end year more than {@code endedYearsAgo} years before the
 * reference year. Parallel ties of one kind between two actors are judged together: their weights
 * summed, the latest end (none if one is ongoing).
 *
 * @param weightAtOrBelow default threshold: a tie with weight at or below it is weak
 * @param weightAtOrBelowByKind thresholds for particular kinds, by kind id
 * @param endedYearsAgo a tie that ended before {@code referenceYear - endedYearsAgo} is weak
 */
public record Weakness(
    double weightAtOrBelow, Map<String, Double> weightAtOrBelowByKind, int endedYearsAgo) {

  public Weakness {
    weightAtOrBelowByKind =
        weightAtOrBelowByKind == null ? Map.of() : Map.copyOf(weightAtOrBelowByKind);
    if (endedYearsAgo < 0) {
      throw new IllegalArgumentException("endedYearsAgo must be >= 0: " + endedYearsAgo);
    }
  }

  public double threshold(String kind) {
    return weightAtOrBelowByKind.getOrDefault(kind, weightAtOrBelow);
  }

  /**
   * Why a tie of {@code kind} with these values is weak; empty when it is strong.
   *
   * @param until the end year, {@link EcosystemGraph#NO_YEAR} for an ongoing tie
   */
  public Optional<String> reason(String kind, double weight, int until, int referenceYear) {
    double threshold = threshold(kind);
    boolean light = weight <= threshold;
    boolean old = endedLongAgo(until, referenceYear);
    if (light && old) {
      return Optional.of(
          "weight " + format(weight) + " <= " + format(threshold) + " and ended " + until);
    }
    if (light) {
      return Optional.of("weight " + format(weight) + " <= " + format(threshold));
    }
    if (old) {
      return Optional.of(
          "ended " + until + ", more than " + endedYearsAgo + " years before " + referenceYear);
    }
    return Optional.empty();
  }

  /**
   * Whether {@link #reason} would name a reason, without putting it into words: what the gap sides
   * ask of every tie across a gap.
   *
   * @param threshold {@link #threshold}{@code (kind)} of the tie's kind, looked up once per kind
   */
  public boolean isWeak(double threshold, double weight, int until, int referenceYear) {
    return weight <= threshold || endedLongAgo(until, referenceYear);
  }

  private boolean endedLongAgo(int until, int referenceYear) {
    return until != EcosystemGraph.NO_YEAR && until < referenceYear - endedYearsAgo;
  }

  private static String format(double value) {
    return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
  }
}
