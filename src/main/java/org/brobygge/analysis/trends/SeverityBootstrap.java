package org.brobygge.analysis.trends;

import java.util.SplittableRandom;

/**
 * An uncertainty interval for a gap's severity: a percentile bootstrap over the gap's source-side
 * actors (Efron and Tibshirani 1993, ch. 13).
 *
 * <p>A severity is the mean of one score per source actor: 0 for a strong tie across the gap, 1/2
 * for weak ties only, 1 for none ({@code (missing + weakOnly / 2) / n}). The bootstrap asks how
 * much that mean would move had another set of {@code n} actors like these been observed: it draws
 * {@code n} actors with replacement from the {@code n} observed, {@link #REPLICATES_DEFAULT} times,
 * and takes the middle {@link #CONFIDENCE_DEFAULT} of the replicated severities. Since the score
 * takes three values, a replicate is fully given by how many of its {@code n} draws are missing and
 * weak-only: a multinomial draw with the observed shares, made as two exact binomial draws (Kemp's
 * inversion from the mode, expected O(sqrt(n)) steps) instead of {@code n} single draws. The answer
 * is the same in distribution; it costs O(n) once for a log-factorial table and O(replicates
 * sqrt(n)) for the draws.
 *
 * <p>Assumptions, said also in the README: source actors are exchangeable (each is a draw from the
 * same population of possible members); the severity of a year is compared with another year's by
 * whether the intervals overlap, which is conservative (two non-overlapping 95% intervals mean a
 * difference at a level well below 5%). With all actors scored alike the interval is that one
 * value: a bootstrap cannot see variation that is not in the sample, so a small ecosystem that is
 * uniformly missing reads [1, 1].
 *
 * <p>Seeded: the same counts and seed give the same interval.
 */
public final class SeverityBootstrap {

  /** Replicates drawn per interval. */
  public static final int REPLICATES_DEFAULT = 1000;

  /** The share of replicated severities the interval holds. */
  public static final double CONFIDENCE_DEFAULT = 0.95;

  /** The seed the API and the command line use unless told otherwise. */
  public static final long SEED_DEFAULT = 20_201_231L;

  private final int replicates;
  private final double confidence;

  public SeverityBootstrap() {
    this(REPLICATES_DEFAULT, CONFIDENCE_DEFAULT);
  }

  /**
   * @param replicates at least 100
   * @param confidence in (0, 1)
   */
  public SeverityBootstrap(int replicates, double confidence) {
    if (replicates < 100) {
      throw new IllegalArgumentException("replicates must be at least 100: " + replicates);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0, 1): " + confidence);
    }
    this.replicates = replicates;
    this.confidence = confidence;
  }

  public int replicates() {
    return replicates;
  }

  public double confidence() {
    return confidence;
  }

  /**
   * The interval of the severity {@code (missing + weakOnly / 2) / (strong + weakOnly + missing)}.
   *
   * @throws IllegalArgumentException for a negative count or no actor at all
   */
  public SeverityInterval interval(int strong, int weakOnly, int missing, long seed) {
    if (strong < 0 || weakOnly < 0 || missing < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
    int n = strong + weakOnly + missing;
    if (n == 0) {
      throw new IllegalArgumentException("no source actor to resample");
    }
    double pMissing = (double) missing / n;
    double pWeakGivenNotMissing = missing == n ? 0 : (double) weakOnly / (n - missing);
    double[] logFactorial = logFactorials(n);
    SplittableRandom random = new SplittableRandom(seed);
    int[] histogram = new int[2 * n + 1]; // by 2 * missing + weakOnly of the replicate
    for (int r = 0; r < replicates; r++) {
      int m = binomial(n, pMissing, random, logFactorial);
      int w = binomial(n - m, pWeakGivenNotMissing, random, logFactorial);
      histogram[2 * m + w]++;
    }
    double tail = (1 - confidence) / 2;
    int lowRank = Math.max(1, (int) Math.floor(replicates * tail));
    int highRank = (int) Math.ceil(replicates * (1 - tail));
    return new SeverityInterval(
        rankValue(histogram, lowRank) / (2.0 * n), rankValue(histogram, highRank) / (2.0 * n));
  }

  /** The value of the {@code rank}-th (1-based) smallest replicate. */
  private static int rankValue(int[] histogram, int rank) {
    int seen = 0;
    for (int v = 0; v < histogram.length; v++) {
      seen += histogram[v];
      if (seen >= rank) {
        return v;
      }
    }
    return histogram.length - 1;
  }

  /** A seed for one interval, from the caller's seed and what the interval is of. */
  public static long seedFor(long seed, String ecosystem, String gap, int year) {
    long h = seed;
    h = 31 * h + ecosystem.hashCode();
    h = 31 * h + gap.hashCode();
    h = 31 * h + year;
    // SplittableRandom's mix: nearby keys give unrelated streams
    h = (h ^ (h >>> 33)) * 0xff51afd7ed558ccdL;
    h = (h ^ (h >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  private static double[] logFactorials(int n) {
    double[] lf = new double[n + 1];
    for (int k = 2; k <= n; k++) {
      lf[k] = lf[k - 1] + Math.log(k);
    }
    return lf;
  }

  /**
   * An exact Binomial(n, p) draw by inversion from the mode, alternating up and down (Kemp 1986):
   * the probabilities met are those of a reordering of 0..n, so the draw has the binomial law, and
   * the walk ends after some sqrt(n p (1 - p)) steps.
   */
  static int binomial(int n, double p, SplittableRandom random, double[] logFactorial) {
    if (n == 0 || p <= 0) {
      return 0;
    }
    if (p >= 1) {
      return n;
    }
    int mode = Math.min(n, (int) Math.floor((n + 1) * p));
    double atMode =
        Math.exp(
            logFactorial[n]
                - logFactorial[mode]
                - logFactorial[n - mode]
                + mode * Math.log(p)
                + (n - mode) * Math.log1p(-p));
    double odds = p / (1 - p);
    double u = random.nextDouble() - atMode;
    if (u <= 0) {
      return mode;
    }
    int up = mode;
    int down = mode;
    double pUp = atMode;
    double pDown = atMode;
    while (up < n || down > 0) {
      if (up < n) {
        pUp *= (n - up) / (up + 1.0) * odds;
        up++;
        u -= pUp;
        if (u <= 0) {
          return up;
        }
      }
      if (down > 0) {
        pDown *= down / ((n - down + 1.0) * odds);
        down--;
        u -= pDown;
        if (u <= 0) {
          return down;
        }
      }
    }
    return mode; // only a rounding remainder of u is left
  }
}
