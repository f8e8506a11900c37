package org.brobygge.analysis.communities;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How far two labelings of the same items agree, label names ignored: normalised mutual information
 * and the adjusted Rand index, both computed once from the contingency table in O(n).
 *
 * <p>NMI is {@code I(A;B) / ((H(A) + H(B)) / 2)} (Strehl and Ghosh 2002 with the arithmetic-mean
 * normalisation of Vinh, Epps and Bailey 2010), as scikit-learn's {@code
 * normalized_mutual_info_score}: 1 for identical partitions, 0 for independent ones, and 1 when
 * both put everything in one group. The adjusted Rand index (Hubert and Arabie 1985) is the Rand
 * index corrected for chance, as scikit-learn's {@code adjusted_rand_score}: 1 for identical
 * partitions, about 0 for random ones, negative below chance; 1 when the chance correction leaves
 * nothing to compare (both all singletons, both one group, fewer than two items).
 */
public final class PartitionComparison {

  private final int n;
  private final double normalizedMutualInformation;
  private final double adjustedRandIndex;

  /** Compares {@code a} and {@code b}, where {@code a[i]} and {@code b[i]} label item {@code i}. */
  public PartitionComparison(int[] a, int[] b) {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    if (a.length != b.length) {
      throw new IllegalArgumentException(
          "labelings differ in length: " + a.length + " and " + b.length);
    }
    this.n = a.length;
    Map<Integer, Long> countA = counts(a);
    Map<Integer, Long> countB = counts(b);
    Map<Long, Long> joint = new HashMap<>();
    for (int i = 0; i < n; i++) {
      joint.merge(((long) a[i] << 32) ^ (b[i] & 0xffffffffL), 1L, Long::sum);
    }
    this.normalizedMutualInformation = nmi(countA, countB, joint);
    this.adjustedRandIndex = ari(countA, countB, joint);
  }

  private static Map<Integer, Long> counts(int[] labels) {
    Map<Integer, Long> counts = new HashMap<>();
    for (int label : labels) {
      counts.merge(label, 1L, Long::sum);
    }
    return counts;
  }

  private double nmi(Map<Integer, Long> countA, Map<Integer, Long> countB, Map<Long, Long> joint) {
    if (countA.size() == countB.size() && countA.size() <= 1) {
      return 1.0; // both trivial: the same partition
    }
    double mi = 0;
    for (Map.Entry<Long, Long> cell : joint.entrySet()) {
      long na = countA.get((int) (cell.getKey() >> 32));
      long nb = countB.get((int) (long) cell.getKey());
      double k = cell.getValue();
      mi += k / n * Math.log(k * n / ((double) na * nb));
    }
    if (mi <= 0) {
      return 0.0; // includes one trivial side against a non-trivial one: H = 0 there
    }
    return Math.min(1.0, mi / ((entropy(countA) + entropy(countB)) / 2));
  }

  private double entropy(Map<Integer, Long> counts) {
    double h = 0;
    for (long k : counts.values()) {
      double p = (double) k / n;
      h -= p * Math.log(p);
    }
    return h;
  }

  private double ari(Map<Integer, Long> countA, Map<Integer, Long> countB, Map<Long, Long> joint) {
    double index = joint.values().stream().mapToDouble(PartitionComparison::pairs).sum();
    double pairsA = countA.values().stream().mapToDouble(PartitionComparison::pairs).sum();
    double pairsB = countB.values().stream().mapToDouble(PartitionComparison::pairs).sum();
    double total = pairs(n);
    double expected = total == 0 ? 0 : pairsA * pairsB / total;
    double range = (pairsA + pairsB) / 2 - expected;
    return range == 0 ? 1.0 : (index - expected) / range;
  }

  private static double pairs(long k) {
    return k * (k - 1) / 2.0;
  }

  public int itemCount() {
    return n;
  }

  /** NMI with arithmetic-mean normalisation, in [0, 1]. */
  public double normalizedMutualInformation() {
    return normalizedMutualInformation;
  }

  /** Adjusted Rand index, at most 1. */
  public double adjustedRandIndex() {
    return adjustedRandIndex;
  }
}
