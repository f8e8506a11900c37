package org.brobygge.analysis.trends;

/**
 * The range a severity is judged to lie in ({@link SeverityBootstrap}).
 *
 * @param low lower end, in [0, 1]
 * @param high upper end, in [low, 1]
 */
public record SeverityInterval(double low, double high) {

  public SeverityInterval {
    if (!(low >= 0 && high <= 1 && low <= high)) {
      throw new IllegalArgumentException("not an interval in [0, 1]: " + low + ", " + high);
    }
  }

  /** Whether the two intervals share a point. */
  public boolean overlaps(SeverityInterval other) {
    return low <= other.high && other.low <= high;
  }
}
