package org.brobygge.graph;

import java.util.Optional;

/**
 * A span of whole years, both ends included.
 *
 * @param first the first year
 * @param last the last year, not before {@code first}
 */
public record YearRange(int first, int last) {

  public YearRange {
    if (last < first) {
      throw new IllegalArgumentException("last year " + last + " is before first " + first);
    }
  }

  public boolean contains(int year) {
    return year >= first && year <= last;
  }

  /** The smallest range holding this one and {@code year}. */
  public YearRange including(int year) {
    return new YearRange(Math.min(first, year), Math.max(last, year));
  }

  @Override
  public String toString() {
    return first == last ? String.valueOf(first) : first + " to " + last;
  }

  /** The range of every year in the arrays other than {@link EcosystemGraph#NO_YEAR}. */
  static Optional<YearRange> spanning(int[]... years) {
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int[] array : years) {
      for (int year : array) {
        if (year != EcosystemGraph.NO_YEAR) {
          min = Math.min(min, year);
          max = Math.max(max, year);
        }
      }
    }
    return min > max ? Optional.empty() : Optional.of(new YearRange(min, max));
  }
}
